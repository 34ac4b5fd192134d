// live run examples/node/ticker/main.js
// A setInterval ticker, written as for Node. Edit face.js (say, the arrow) and save: the old run's
// interval stops, the new run starts its own, and the count carries on from where it was, because
// it is kept in live.keep. The status line says "running" while the interval keeps the run going.
// live run examples/node/ticker/main.js -- 3    stops after 3 ticks.
const face = use("face");
const count = live.keep("count", () => ({ ticks: 0 }));
let left = process.argv[2] === undefined ? Infinity : Number(process.argv[2]);

const ticker = setInterval(() => {
  count.ticks++;
  console.log(face.line(count.ticks));
  if (--left === 0) {
    clearInterval(ticker);
  }
}, 500);
// args: 3
// out: tick 1 ->
// out: tick 2 -->
// out: tick 3 --->
