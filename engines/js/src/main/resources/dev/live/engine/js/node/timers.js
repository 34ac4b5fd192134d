// The run's event loop's timers module when the runtime provides one, else its globals.
const runtime = globalThis[Symbol.for('live.node.builtin')];
const provided = runtime && runtime('timers');
if (provided) {
  module.exports = provided;
} else {
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
    'clearImmediate', 'queueMicrotask']) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => globalThis[name] });
  }
}
