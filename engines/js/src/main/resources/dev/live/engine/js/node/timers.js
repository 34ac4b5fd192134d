// The timer functions of the run's event loop, as globals give them.
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate', 'queueMicrotask']) {
  Object.defineProperty(exports, name, { enumerable: true, get: () => globalThis[name] });
}
