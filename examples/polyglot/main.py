# live run examples/polyglot/main.py
# A Python main handing data, callbacks and objects to JavaScript modules and back.
# Edit inventory.js (say, the discount in priceOf) and save to see the totals change.
inventory = use("inventory")
charts = use("charts")

stock = {"apples": 12, "pears": 0, "plums": 7}
inventory.restock(stock, "pears", 5)           # a JS function writes into a Python dict
print "stock:", sorted(stock.items())

cart = inventory.Cart("ada")                   # a JavaScript class, constructed from Python
for item in ["apples", "plums", "plums"]:
    cart.add(item)
print "%s pays %.2f for %d items" % (cart.owner, cart.total(), len(cart.items))

shout = lambda text: text.upper() + "!"
print charts.bar(sorted(stock.items()), shout)  # a Python callback called from JavaScript

try:
    cart.add("durian")
except ValueError as e:                        # a JavaScript error caught in Python
    print "refused:", e
# out: stock: [('apples', 12), ('pears', 5), ('plums', 7)]
# out: ada pays 2.40 for 3 items
# out: APPLES! ############ | PEARS! ##### | PLUMS! #######
# out: refused: no durian in stock
