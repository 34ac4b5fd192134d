// live run examples/hello/main.js
// Edit testmod.js (say, " function" -> " function!") and save: live runs this again.
console.log(Math.cos(0).toFixed(1));
const mod = use("testmod");
console.log(mod.function("test"));
// out: 1.0
// out: test function
