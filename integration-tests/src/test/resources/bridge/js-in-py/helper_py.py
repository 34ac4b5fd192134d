# A Python module that p.js uses and hands on to main.py.
name = "helper py"
