# Used by main.js. Change the greeting and save: main.js runs again with the new text.
version = 2


def greet(name):
    return "hello, " + name


def count_letters(text):
    return len(text.replace(" ", ""))
