# The script PriceBoard.java hosts: edit and save this file (or rates.js) while it runs.
# `catalog` is not defined here: the Java program binds it into every module.
rates = use("rates")

items = catalog.items()
total = sum(catalog.price(item) for item in items)
with_tax = rates.withTax(total)
summary = "%d items, %.2f (%.2f with tax)" % (len(items), total, with_tax)
