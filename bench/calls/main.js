// Cost of one call across the bridge, next to the same call within JavaScript.
//   ./live run --once bench/calls/main.js
const js = use("add_js");
const py = use("add_py");
const N = 100000;

function measure(label, add) {
  for (let round = 0; round < 3; round++) {   // warm up
    let total = 0;
    for (let i = 0; i < N; i++) total = add(total, 1);
  }
  const start = Date.now();
  let total = 0;
  for (let i = 0; i < N; i++) total = add(total, 1);
  const elapsed = Date.now() - start;
  if (total !== N) throw new Error("wrong total " + total);
  console.log(`${label.padEnd(36)} ${(elapsed * 1000 / N).toFixed(2).padStart(8)} us/call  (${N} calls in ${elapsed} ms)`);
}

measure("javascript -> javascript add (same)", (a, b) => a + b);
measure("javascript -> javascript add (used)", js.add);
measure("javascript -> python add", py.add);
