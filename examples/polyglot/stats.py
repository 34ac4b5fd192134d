# Used by main.js: returns a dict, defines a class, calls back into JavaScript, raises.


def summarize(values):
    return {"mean": round(float(sum(values)) / len(values), 1),
            "spread": max(values) - min(values)}


class Meter(object):
    def __init__(self, name):
        self.name = name
        self.samples = []

    def record(self, value):
        if value < 0:
            raise ValueError("negative reading %d" % value)
        self.samples.append(value)

    def peak(self):
        return max(self.samples)


def apply_each(values, f):
    return ",".join(str(f(v)) for v in values)
