#!/usr/bin/env python3
# live run examples/python3/main.py
# Python 3 (GraalPy, picked by the first line) using a JavaScript module. Edit prices.js (say,
# the tax rate) or the f-string below and save.
from dataclasses import dataclass

prices = use("prices")


@dataclass
class Item:
    name: str
    quantity: int

    def total(self) -> float:
        return prices.withTax(prices.price(self.name) * self.quantity)


basket = [Item("tea", 2), Item("cake", 1)]
for item in basket:
    print(f"{item.quantity} x {item.name:<5} {item.total():6.2f}")
if (count := len(basket)) > 1:
    print(f"{count} items", end=" ")
print(f"at {prices.rate:.0%} tax")
# out: 2 x tea     6.00
# out: 1 x cake    4.20
# out: 2 items at 20% tax
