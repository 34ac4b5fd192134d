// Promise forms of the event loop's timers: the runtime's when it provides them.
const runtime = globalThis[Symbol.for('live.node.builtin')];
const provided = runtime && runtime('timers/promises');
if (provided) {
  module.exports = provided;
  return;
}
exports.setTimeout = (delay, value) =>
  new Promise((resolve) => globalThis.setTimeout(() => resolve(value), delay));
exports.setImmediate = (value) =>
  new Promise((resolve) => globalThis.setImmediate(() => resolve(value)));
exports.setInterval = async function* (delay, value) {
  for (;;) {
    yield await exports.setTimeout(delay, value);
  }
};
