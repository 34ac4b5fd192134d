util = use("util")
print util.ratio(1, 0)
