# Used by main.py. Change the suffix and save to see main.py run again.


def function(text):
    return text + " function"
