# live run examples/mixed/main.py
# A Python main using a JavaScript module. Edit shapes.js (say, the unit) and save.
shapes = use("shapes")

print "area:", shapes.area(3, 4), shapes.unit
print shapes.describe("square", 2)
# out: area: 12 cm2
# out: a square of side 2 has area 4 cm2
