// Each cell reads or calls a Python value; the comment after it is the expected result.
const p = use("p");
var results = {};
function cell(name, f) {
  try {
    results[name] = String(f());
  } catch (e) {
    results[name] = "ERROR " + e;
  }
}
cell("module value: None is null", () => p.none === null); // => true
cell("module value: booleans", () => p.yes === true && p.no === false); // => true
cell("module value: small int", () => p.small + 1); // => 43
cell("module value: int beyond 32 bits", () => p.big40 === 2 ** 40); // => true
cell("module value: int beyond 2^53 is a BigInt", () => p.big60 === 2n ** 60n + 1n); // => true
cell("module value: float", () => p.flt * 2); // => 3
cell("module value: NaN", () => Number.isNaN(p.nan)); // => true
cell("module value: infinities", () => p.inf === Infinity && p.ninf === -Infinity); // => true
cell("module value: non-ASCII and emoji", () => p.text === "héllo 😀"); // => true
cell("module value: empty string", () => p.empty === "" && p.empty.length === 0); // => true
cell("list: index", () => p.lst[1]); // => 2
cell("list: length", () => p.lst.length); // => 3
cell("list: nested index", () => p.lst[2][1]); // => 4
cell("list: Array.isArray", () => Array.isArray(p.lst)); // => true
cell("list: for...of", () => { let s = 0; for (const x of p.nums) s += x; return s; }); // => 6
cell("list: map and filter", () => p.nums.map((x) => x * 2).filter((x) => x > 2).join()); // => 4,6
cell("dict: obj.key", () => p.dct.a); // => 1
cell("dict: obj[key]", () => p.dct["a"]); // => 1
cell("dict: nested", () => p.dct.nested.b[1]); // => 2
cell("dict: in", () => "a" in p.dct && !("zz" in p.dct)); // => true
cell("dict: Object.keys", () => Object.keys(p.dct).sort().join()); // => a,nested
cell("dict: JSON.stringify", () => JSON.stringify(p.dct.nested)); // => {"b":[1,2]}
cell("dict: write seen by the owner", () => { p.dct.c = 3; return p.read(p.dct, "c"); }); // => 3
cell("list: write seen by the owner", () => { p.lst[0] = 10; return p.read(p.lst, 0); }); // => 10
cell("list: push seen by the owner", () => { p.nums.push(4); return p.size(p.nums); }); // => 4
cell("function: numbers", () => p.add(2, 3)); // => 5
cell("function: strings", () => p.add("a", "b")); // => ab
cell("function: closure", () => p.make_adder(10)(5)); // => 15
cell("function: bound method", () => { const f = p.bound; return f(); }); // => 25
cell("function: lambda", () => p.square(7)); // => 49
cell("function: callback", () => p.call_back((x) => x + 1, 41)); // => 42
cell("function: callback two levels deep", () => p.call_deep((g) => g(4) + 1)); // => 41
cell("function: default keyword argument", () => p.greet("bob")); // => hello bob
cell("instance: attribute", () => p.point.x); // => 3
cell("instance: method", () => p.point.norm2()); // => 25
cell("instance: attribute write", () => { p.origin.x = 6; return p.origin.norm2(); }); // => 36
cell("class: new", () => new p.Point(1, 2).norm2()); // => 5
cell("module: a module used by the other side", () => p.helper.name); // => helper js
cell("java: object passed through", () => p.jlist.size()); // => 1
cell("exception: caught with its type and message", () => { try { p.fail(); } catch (e) { return e.name + ":" + e.message + ":" + (e instanceof Error); } }); // => ValueError:bad value:true
cell("exception: built-in type kept", () => { try { p.fail_type(); } catch (e) { return e instanceof TypeError; } }); // => true
cell("argument: null", () => p.kind(null)); // => NoneType
cell("argument: undefined", () => p.kind(undefined)); // => NoneType
cell("argument: boolean", () => p.kind(true)); // => bool
cell("argument: small int", () => p.kind(7)); // => int
cell("argument: int beyond 32 bits", () => p.show(2 ** 40)); // => 1099511627776
cell("argument: BigInt", () => p.show(2n ** 60n + 1n)); // => 1152921504606846977
cell("argument: float", () => p.kind(1.5)); // => float
cell("argument: NaN", () => p.is_nan(NaN)); // => true
cell("argument: emoji string", () => p.show_len("héllo 😀")); // => 7
cell("argument: array", () => p.list_ops([1, 2, 3])); // => 3 3 [2, 4, 6] [1, 2] 6
cell("argument: object", () => p.dict_ops({ a: 1, b: 2 })); // => ['a', 'b'] 1 2 True 2
cell("argument: object written by the far side", () => { const o = { a: 1 }; p.set_key(o, "z", 26); return o.z; }); // => 26
cell("argument: array appended by the far side", () => { const a = [1]; p.append(a, 2); return a.join(); }); // => 1,2
cell("argument: class instance", () => p.instance_ops(new (class Counter { constructor() { this.n = 1; } inc() { this.n += 1; return this.n; } })())); // => 2
cell("argument: class constructed on the far side", () => p.construct(class Box { constructor(v) { this.v = v; } }, 9)); // => 9
cell("argument: error thrown back through a callback", () => p.catch_error(() => { throw new RangeError("too far"); })); // => RangeError:too far
cell("argument: Java object", () => p.java_class(new (Java.type("java.util.ArrayList"))())); // => ArrayList
cell("return: list", () => JSON.stringify(p.make_list())); // => [1,[2]]
cell("return: dict", () => JSON.stringify(p.make_dict())); // => {"k":"v"}
cell("return: None", () => p.nothing() === null); // => true
cell("return: int beyond 2^53", () => p.make_big() === 2n ** 70n); // => true
cell("round trip: object comes back as itself", () => { const o = {}; return p.identity(o) === o; }); // => true
cell("round trip: function comes back as itself", () => { const f = () => 1; return p.identity(f) === f; }); // => true
cell("round trip: Python list comes back as itself", () => p.same(p.lst)); // => true
