# Cost of one call across the bridge, next to the same call within Python.
#   ./live run --once bench/calls/main.py
import time

js = use("add_js")
py = use("add_py")
N = 100000


def measure(label, add):
    for _ in range(3):                  # warm up
        total = 0
        for i in xrange(N):
            total = add(total, 1)
    start = time.time()
    total = 0
    for i in xrange(N):
        total = add(total, 1)
    elapsed = time.time() - start
    assert total == N
    print "%-36s %8.2f us/call  (%d calls in %.0f ms)" % (label, elapsed * 1e6 / N, N, elapsed * 1e3)


measure("python -> python add (same module)", lambda a, b: a + b)
measure("python -> python add (used module)", py.add)
measure("python -> javascript add", js.add)
