# -*- coding: utf-8 -*-
# Python 2 and 3. Each cell reads or calls a JavaScript value; the comment after it is the
# expected result.
p = use("p")
results = {}


def cell(name, f):
    try:
        results[name] = u"%s" % (f(),)
    except Exception as e:
        results[name] = u"ERROR %s: %s" % (type(e).__name__, e)


cell("module value: null is None", lambda: p.none is None)  # => True
cell("module value: undefined is None", lambda: p.undef is None)  # => True
cell("module value: booleans", lambda: p.yes is True and p.no is False)  # => True
cell("module value: small int", lambda: p.small + 1)  # => 43
cell("module value: int beyond 32 bits", lambda: p.big40 == 2 ** 40)  # => True
cell("module value: BigInt beyond 2^53", lambda: p.big60 == 2 ** 60 + 1)  # => True
cell("module value: float", lambda: p.flt * 2)  # => 3.0
cell("module value: NaN", lambda: p.nan != p.nan)  # => True
cell("module value: infinity", lambda: p.ninf == float("-inf"))  # => True
cell("module value: non-ASCII and emoji", lambda: p.text == u"h\u00e9llo \U0001F600")  # => True
cell("module value: empty string", lambda: p.empty == "" and len(p.empty) == 0)  # => True
cell("list: index", lambda: p.lst[1])  # => 2
cell("list: negative index", lambda: p.lst[-1][0])  # => 3
cell("list: len", lambda: len(p.lst))  # => 3
cell("list: nested index", lambda: p.lst[2][1])  # => 4
cell("list: iteration", lambda: sum(x for x in p.nums))  # => 6
cell("list: comprehension", lambda: [x * 2 for x in p.nums])  # => [2, 4, 6]
cell("list: slicing", lambda: p.nums[0:2])  # => [1, 2]
cell("list: in", lambda: 2 in p.nums)  # => True
cell("dict: obj.key", lambda: p.obj.a)  # => 1
cell("dict: obj[key]", lambda: p.obj["a"])  # => 1
cell("dict: nested", lambda: p.obj.nested.b[1])  # => 2
cell("dict: key in", lambda: "a" in p.obj and "zz" not in p.obj)  # => True
cell("dict: keys", lambda: sorted(p.obj.keys()))  # => ['a', 'nested']
cell("dict: iteration", lambda: sorted(k for k in p.obj))  # => ['a', 'nested']
cell("dict: items", lambda: p.obj.nested.items())  # => [('b', [1, 2])]


def write_item():
    p.obj["c"] = 3
    return p.read(p.obj, "c")


cell("dict: item write seen by the owner", write_item)  # => 3


def write_attribute():
    p.obj.d = 4
    return p.read(p.obj, "d")


cell("dict: attribute write seen by the owner", write_attribute)  # => 4


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
cell("function: closure", lambda: p.makeAdder(10)(5))  # => 15
cell("function: bound method", lambda: p.bound())  # => 25
cell("function: arrow function", lambda: p.square(7))  # => 49
cell("function: callback", lambda: p.callBack(lambda x: x + 1, 41))  # => 42
cell("function: callback two levels deep", lambda: p.callDeep(lambda g: g(4) + 1))  # => 41
cell("function: keyword arguments arrive as an options object", lambda: p.options("a", suffix="!"))  # => a!
cell("instance: attribute", lambda: p.point.x)  # => 3
cell("instance: method", lambda: p.point.norm2())  # => 25


def write_instance():
    p.origin.x = 6
    return p.origin.norm2()


cell("instance: attribute write", write_instance)  # => 36
cell("class: constructed by calling it", lambda: p.Point(1, 2).norm2())  # => 5
cell("module: a module used by the other side", lambda: p.helper.name)  # => helper py
cell("java: object passed through", lambda: p.jlist.size())  # => 1


def catch_type_error():
    try:
        p.fail()
    except TypeError as e:
        return type(e).__name__ + ":" + str(e)


cell("exception: caught as the built-in type", catch_type_error)  # => TypeError:bad type


def catch_custom():
    try:
        p.failCustom()
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


cell("exception: custom type name kept", catch_custom)  # => MyError:custom
cell("argument: None", lambda: p.kind(None))  # => null
cell("argument: bool", lambda: p.kind(True))  # => boolean
cell("argument: int", lambda: p.kind(7))  # => number
cell("argument: long beyond 2^53 is a BigInt", lambda: p.kind(2 ** 60 + 1))  # => bigint
cell("argument: long value exact", lambda: p.show(2 ** 60 + 1))  # => 1152921504606846977
cell("argument: float", lambda: p.kind(1.5))  # => number
cell("argument: NaN", lambda: p.isNaNValue(float("nan")))  # => True
cell("argument: emoji string", lambda: p.showLength(u"h\u00e9llo \U0001F600"))  # => 8
cell("argument: list", lambda: p.listOps([1, 2, 3]))  # => true 3 2,4,6 2 [1,2,3]
cell("argument: dict", lambda: p.dictOps({"a": 1, "b": 2}))  # => a,b 1 2 true {"a":1,"b":2}


def dict_written():
    d = {"a": 1}
    p.setKey(d, "z", 26)
    return d["z"]


cell("argument: dict written by the far side", dict_written)  # => 26


def list_pushed():
    items = [1]
    p.push(items, 2)
    return items


cell("argument: list pushed by the far side", list_pushed)  # => [1, 2]


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


cell("argument: instance", lambda: p.instanceOps(Counter()))  # => 2
cell("argument: class constructed with new on the far side", lambda: p.construct(Box, 9))  # => 9
cell("argument: error raised back through a callback", lambda: p.catchError(boom))  # => ValueError:too far
try:
    from java.util import ArrayList  # Jython
except ImportError:
    ArrayList = __import__("java").type("java.util.ArrayList")  # GraalPy
cell("argument: Java object", lambda: p.javaClass(ArrayList()))  # => ArrayList
cell("return: array", lambda: p.makeList())  # => [1, [2]]
cell("return: object", lambda: p.makeObj()["k"])  # => v
cell("return: undefined", lambda: p.nothing() is None)  # => True
cell("return: BigInt", lambda: p.makeBig() == 2 ** 70)  # => True


def dict_round_trip():
    d = {}
    return p.identity(d) is d


cell("round trip: dict comes back as itself", dict_round_trip)  # => True


def function_round_trip():
    f = lambda: 1
    return p.identity(f) is f


cell("round trip: function comes back as itself", function_round_trip)  # => True
cell("round trip: JavaScript object comes back as itself", lambda: p.same(p.obj))  # => True
