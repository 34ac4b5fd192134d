# live run examples/ticker/main.py
# Prints a line a second, forever. Edit face.py (say, the arrow) and save: the loop restarts with
# the new code, and the count carries on from where it was, because it is kept in live.keep.
# live run examples/ticker/main.py -- 3    stops after 3 ticks.
import sys
import time

face = use("face")
count = live.keep("count", lambda: {"ticks": 0})
limit = int(sys.argv[1]) if len(sys.argv) > 1 else None

while limit is None or limit > 0:
    count["ticks"] += 1
    print face.line(count["ticks"])
    if limit is not None:
        limit -= 1
    if limit != 0:
        time.sleep(1)
# args: 3
# out: tick 1 ->
# out: tick 2 -->
# out: tick 3 --->
