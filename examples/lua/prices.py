# Prices in cents, used by main.lua. Edit tax_rate and save: live runs main.lua again.
tax_rate = 20


def total(quantities, unit_prices):
    return sum(q * p for q, p in zip(quantities, unit_prices))


def with_tax(cents):
    return cents + cents * tax_rate // 100
