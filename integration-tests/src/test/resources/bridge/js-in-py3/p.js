// JavaScript values, read and called from main.py.
var none = null;
var undef = undefined;
var yes = true, no = false;
var small = 42;
var big40 = 2 ** 40;
var big60 = 2n ** 60n + 1n;
var flt = 1.5;
var nan = NaN;
var ninf = -Infinity;
var text = "héllo 😀";
var empty = "";
var lst = [1, 2, [3, 4]];
var nums = [1, 2, 3];
var obj = { a: 1, nested: { b: [1, 2] } };
var helper = use("helper_py");

function read(container, key) { return container[key]; }
function size(container) { return container.length; }
function add(a, b) { return a + b; }
function makeAdder(n) { return (x) => x + n; }
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm2() { return this.x * this.x + this.y * this.y; }
}
var point = new Point(3, 4);
var origin = new Point(0, 0);
var bound = point.norm2.bind(point);
const square = (x) => x * x;
function callBack(f, x) { return f(x); }
function callDeep(f) { return f((y) => y * 10); }
function options(a, opts) { return a + (opts ? opts.suffix : ""); }
function fail() { throw new TypeError("bad type"); }
function failCustom() {
  class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
  throw new MyError("custom");
}
var jlist = new (Java.type("java.util.ArrayList"))();
jlist.add("j");

function kind(x) { return x === null ? "null" : typeof x; }
function show(x) { return String(x); }
function isNaNValue(x) { return Number.isNaN(x); }
function showLength(x) { return x.length; }
function listOps(a) {
  return [Array.isArray(a), a.length, a.map((x) => x * 2).join(), a.filter((x) => x > 1).length, JSON.stringify(a)].join(" ");
}
function dictOps(d) {
  return [Object.keys(d).sort().join(), d.a, d["b"], "a" in d, JSON.stringify(d, Object.keys(d).sort())].join(" ");
}
function setKey(d, key, value) { d[key] = value; }
function push(items, value) { items.push(value); }
function instanceOps(counter) { counter.inc(); return counter.n; }
function construct(cls, value) { return new cls(value).v; }
function catchError(f) { try { f(); } catch (e) { return e.name + ":" + e.message; } }
function javaClass(x) { return x.getClass().getSimpleName(); }
function makeList() { return [1, [2]]; }
function makeObj() { return { k: "v" }; }
function nothing() {}
function makeBig() { return 2n ** 70n; }
function identity(x) { return x; }
function same(x) { return x === obj; }
