# Used by main.py for each line. Change the arrow and save: the ticker picks it up at once.


def line(n):
    return "tick %d %s>" % (n, "-" * n)
