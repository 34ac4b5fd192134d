class BadThing(Exception):
    pass


def check():
    raise BadThing("it broke")


check()
