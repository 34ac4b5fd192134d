-- live run examples/lua/main.lua
-- A Lua main using a Python module and a JavaScript module, and a Lua callback called from
-- JavaScript. Edit prices.py (say, tax_rate = 10) and save: live runs this again.
local prices = use("prices")
local format = use("format")

local quantities = {3, 2}
local unit_prices = {250, 125}
local net = prices.total(quantities, unit_prices)

print("net: " .. format.money(net))
print("tax " .. prices.tax_rate .. "%: " .. format.money(prices.with_tax(net)))
print(format.bullets({"apples", "plums"}, function(name) return name:upper() end))
-- out: net: 10.00 EUR
-- out: tax 20%: 12.00 EUR
-- out: * APPLES
-- out: * PLUMS
