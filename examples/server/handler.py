# Used by main.py for every request. Change the greeting and save: the next request gets it.


def respond(path):
    return "hello from live, you asked for " + path + "\n"
