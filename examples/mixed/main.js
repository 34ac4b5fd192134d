// live run examples/mixed/main.js
// A JavaScript main using a Python module. Edit words.py (say, the greeting) and save.
const words = use("words");

console.log(words.greet("world"));
console.log(`${words.count_letters("live coding")} letters, version ${words.version}`);
// out: hello, world
// out: 10 letters, version 2
