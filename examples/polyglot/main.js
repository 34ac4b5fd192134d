// live run examples/polyglot/main.js
// A JavaScript main handing data, callbacks and objects to a Python module and back.
// Edit stats.py (say, the rounding in mean) and save to see the report change.
const stats = use("stats");

const readings = [3, 1, 4, 1, 5, 9, 2, 6];
const summary = stats.summarize(readings);        // a Python dict, read as a JS object
console.log(`mean ${summary.mean}, spread ${summary.spread}, keys ${Object.keys(summary).sort()}`);

const meter = new stats.Meter("cpu");             // a Python class, constructed with new
readings.forEach((r) => meter.record(r));
console.log(`${meter.name} peak ${meter.peak()} over ${meter.samples.length} samples`);

console.log(stats.apply_each(readings.slice(0, 3), (x) => x * 10));  // a JS callback in Python

try {
  meter.record(-1);
} catch (e) {                                      // a Python exception caught in JavaScript
  console.log(`${e.name}: ${e.message}`);
}
// out: mean 3.9, spread 8, keys mean,spread
// out: cpu peak 9 over 8 samples
// out: 30,10,40
// out: ValueError: negative reading -1
