x = 1
helper = use("helper")
