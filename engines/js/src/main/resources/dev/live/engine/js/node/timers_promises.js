// Promise forms of the event loop's timers.
exports.setTimeout = (delay, value) =>
  new Promise((resolve) => globalThis.setTimeout(() => resolve(value), delay));
exports.setImmediate = (value) =>
  new Promise((resolve) => globalThis.setImmediate(() => resolve(value)));
exports.setInterval = async function* (delay, value) {
  for (;;) {
    yield await exports.setTimeout(delay, value);
  }
};
