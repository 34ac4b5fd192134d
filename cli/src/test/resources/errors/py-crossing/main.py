lib = use("lib")


def go():
    lib.check(-1)


go()
