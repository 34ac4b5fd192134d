// live run examples/python3/main.js
// A JavaScript main using a Python 3 module (report.py, whose first line picks Python 3).
// Edit report.py and save.
const report = use("report");

console.log(report.summary([3, 1, 2]));
console.log(report.Stats([4, 6]).describe());
// out: 3 values, mean 2.0, max 3
// out: Stats(values=[4, 6]): mean 5.0
