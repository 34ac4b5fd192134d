shapes = use("shapes")
print shapes.area(3, 4)
