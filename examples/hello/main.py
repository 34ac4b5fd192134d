# live run examples/hello/main.py
# Edit testmod.py (say, " function" -> " function!") and save: live runs this again.
import math

print math.cos(0)
mod = use("testmod")
print mod.function("test")
# out: 1.0
# out: test function
