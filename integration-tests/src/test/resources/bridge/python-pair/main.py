# Python 3 (GraalPy) reads and calls Jython values, or Jython Python 3 values: the test puts the
# first line naming this file's engine, and p.py is ../py-in-js/p.py with the other's. Each cell
# is in the Python both run; the comment after it is the expected result.
p = use("p")
results = {}


def cell(name, f):
    try:
        results[name] = "%s" % (f(),)
    except Exception as e:
        results[name] = "ERROR %s: %s" % (type(e).__name__, e)


cell("module value: None", lambda: p.none is None)  # => True
cell("module value: booleans", lambda: p.yes is True and p.no is False)  # => True
cell("module value: small int", lambda: p.small + 1)  # => 43
cell("module value: int beyond 32 bits", lambda: p.big40 == 2 ** 40)  # => True
cell("module value: int beyond 2^53", lambda: p.big60 == 2 ** 60 + 1)  # => True
cell("module value: float", lambda: p.flt * 2)  # => 3.0
cell("module value: NaN", lambda: p.nan != p.nan)  # => True
cell("module value: infinities", lambda: p.inf == float("inf") and p.ninf == float("-inf"))  # => True
cell("module value: non-ASCII and emoji", lambda: p.text == u"h\u00e9llo \U0001F600")  # => True
cell("module value: empty string", lambda: p.empty == "" and len(p.empty) == 0)  # => True
cell("list: index", lambda: p.lst[1])  # => 2
cell("list: negative index", lambda: p.lst[-1][0])  # => 3
cell("list: len", lambda: len(p.lst))  # => 3
cell("list: iteration", lambda: sum(x for x in p.nums))  # => 6
cell("list: comprehension", lambda: [x * 2 for x in p.nums])  # => [2, 4, 6]
cell("list: in", lambda: 2 in p.nums)  # => True
cell("dict: item", lambda: p.dct["a"])  # => 1
cell("dict: nested", lambda: p.dct["nested"]["b"][1])  # => 2
cell("dict: key in", lambda: "a" in p.dct and "zz" not in p.dct)  # => True
cell("dict: keys", lambda: ",".join(sorted(p.dct.keys())))  # => a,nested
cell("dict: len", lambda: len(p.dct))  # => 2


def write_item():
    p.dct["c"] = 3
    return p.read(p.dct, "c")


cell("dict: item write seen by the owner", write_item)  # => 3


def write_list():
    p.lst[0] = 10
    return p.read(p.lst, 0)


cell("list: write seen by the owner", write_list)  # => 10


def append_list():
    p.nums.append(4)
    return p.size(p.nums)


cell("list: append seen by the owner", append_list)  # => 4
cell("function: numbers", lambda: p.add(2, 3))  # => 5
cell("function: strings", lambda: p.add("a", "b"))  # => ab
cell("function: closure", lambda: p.make_adder(10)(5))  # => 15
cell("function: bound method", lambda: p.bound())  # => 25
cell("function: lambda", lambda: p.square(7))  # => 49
cell("function: callback", lambda: p.call_back(lambda x: x + 1, 41))  # => 42
cell("function: callback two levels deep", lambda: p.call_deep(lambda g: g(4) + 1))  # => 41
cell("function: default keyword argument", lambda: p.greet("bob"))  # => hello bob
cell("instance: attribute", lambda: p.point.x)  # => 3
cell("instance: method", lambda: p.point.norm2())  # => 25


def write_instance():
    p.origin.x = 6
    return p.origin.norm2()


cell("instance: attribute write", write_instance)  # => 36
cell("class: constructed by calling it", lambda: p.Point(1, 2).norm2())  # => 5
cell("module: a module used by the other side", lambda: p.helper.name)  # => helper js
cell("java: object passed through", lambda: p.jlist.size())  # => 1


def catch_value_error():
    try:
        p.fail()
    except ValueError as e:
        return type(e).__name__ + ":" + str(e)


cell("exception: caught as the built-in type", catch_value_error)  # => ValueError:bad value


def catch_type_error():
    try:
        p.fail_type()
    except TypeError as e:
        return type(e).__name__ + ":" + str(e)


cell("exception: TypeError stays TypeError", catch_type_error)  # => TypeError:bad type


def catch_any():
    try:
        p.fail()
    except Exception as e:
        return "caught " + type(e).__name__


cell("exception: except Exception catches it", catch_any)  # => caught ValueError
cell("argument: None", lambda: p.kind(None))  # => NoneType
cell("argument: bool", lambda: p.kind(True))  # => bool
cell("argument: int", lambda: p.kind(7))  # => int
cell("argument: int beyond 2^64", lambda: p.show(2 ** 70))  # => 1180591620717411303424
cell("argument: float", lambda: p.kind(1.5))  # => float
cell("argument: NaN", lambda: p.is_nan(float("nan")))  # => True
cell("argument: non-ASCII string", lambda: p.show_len(u"h\u00e9llo"))  # => 5
cell("argument: list", lambda: p.list_ops([1, 2, 3]))  # => 3 3 [2, 4, 6] [1, 2] 6


def dict_written():
    d = {"a": 1}
    p.set_key(d, "z", 26)
    return d["z"]


cell("argument: dict written by the far side", dict_written)  # => 26


def list_appended():
    items = [1]
    p.append(items, 2)
    return items


cell("argument: list appended by the far side", list_appended)  # => [1, 2]


class Counter(object):
    def __init__(self):
        self.n = 1

    def inc(self):
        self.n += 1


class Box(object):
    def __init__(self, v):
        self.v = v


def boom():
    raise ValueError("too far")


cell("argument: instance", lambda: p.instance_ops(Counter()))  # => 2
cell("argument: class constructed on the far side", lambda: p.construct(Box, 9))  # => 9
cell("argument: error raised back through a callback", lambda: p.catch_error(boom))  # => ValueError:too far
cell("return: list", lambda: p.make_list())  # => [1, [2]]
cell("return: dict", lambda: p.make_dict()["k"])  # => v
cell("return: None", lambda: p.nothing() is None)  # => True
cell("return: int beyond 2^64", lambda: p.make_big() == 2 ** 70)  # => True


def dict_round_trip():
    d = {}
    return p.identity(d) is d


cell("round trip: dict comes back as itself", dict_round_trip)  # => True


def function_round_trip():
    f = lambda: 1
    return p.identity(f) is f


cell("round trip: function comes back as itself", function_round_trip)  # => True
cell("round trip: the far side's list comes back as itself", lambda: p.same(p.lst))  # => True
