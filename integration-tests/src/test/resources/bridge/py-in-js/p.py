# Python values (2 and 3), read and called from main.js.
none = None
yes, no = True, False
small = 42
big40 = 2 ** 40
big60 = 2 ** 60 + 1
flt = 1.5
nan = float("nan")
inf, ninf = float("inf"), float("-inf")
text = u"h\u00e9llo \U0001F600"
empty = ""
lst = [1, 2, [3, 4]]
nums = [1, 2, 3]
dct = {"a": 1, "nested": {"b": [1, 2]}}
helper = use("helper_js")


def read(container, key):
    return container[key]


def size(container):
    return len(container)


def add(a, b):
    return a + b


def make_adder(n):
    def adder(x):
        return x + n
    return adder


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


point = Point(3, 4)
origin = Point(0, 0)
bound = point.norm2
square = lambda x: x * x


def call_back(f, x):
    return f(x)


def call_deep(f):
    return f(lambda y: y * 10)


def greet(name, greeting="hello"):
    return greeting + " " + name


def fail():
    raise ValueError("bad value")


def fail_type():
    raise TypeError("bad type")


try:
    from java.util import ArrayList  # Jython
except ImportError:
    ArrayList = __import__("java").type("java.util.ArrayList")  # GraalPy
jlist = ArrayList()
jlist.add("j")


def kind(x):
    return type(x).__name__


def java_class(x):
    # GraalPy names a Java list's type ForeignList; the object is the Java one.
    return x.getClass().getSimpleName()


def show(x):
    return str(x)


def is_nan(x):
    return x != x


def show_len(x):
    return len(x)


def list_ops(x):
    return "%d %d %s %s %d" % (len(x), x[-1], [i * 2 for i in x], x[0:2], sum(x))


def dict_ops(d):
    return "%s %d %d %s %d" % (sorted(d.keys()), d["a"], d.b, "a" in d, len(d))


def set_key(d, key, value):
    d[key] = value


def append(items, value):
    items.append(value)


def instance_ops(counter):
    counter.inc()
    return str(counter.n)


def construct(cls, value):
    return cls(value).v


def catch_error(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


def make_list():
    return [1, [2]]


def make_dict():
    return {"k": "v"}


def nothing():
    pass


def make_big():
    return 2 ** 70


def identity(x):
    return x


def same(x):
    return x is lst
