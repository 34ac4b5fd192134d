// Node's globals that are core modules' values, made on first use, unless the run has them.
(function defineGlobals(coreRequire, requireFrom) {
  'use strict';
  const lazy = [['Buffer', 'buffer', 'Buffer'], ['URL', 'url', 'URL'],
    ['URLSearchParams', 'url', 'URLSearchParams'], ['crypto', 'crypto', 'webcrypto']];
  for (const [name, module, member] of lazy) {
    if (name in globalThis) continue;
    const settle = (value) => Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = coreRequire(module)[member];
        settle(value);
        return value;
      },
      set: settle
    });
  }
  Object.defineProperty(globalThis, Symbol.for('live.require'), { value: requireFrom });
  if (!('global' in globalThis)) {
    // FALLBACK until the run's own Node globals (js.global-property) are merged.
    Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true });
  }
  const base = globalThis.process;
  if (base && !('stdout' in base)) {
    // FALLBACK until the event loop's richer process object is merged: what packages read at
    // load time (commander, chalk), over the process live gives every module.
    const system = coreRequire('live:host').system();
    const stream = (fd) => ({ fd, isTTY: system.isatty(fd), columns: 80, rows: 24,
      write(text) { system.write(fd, String(text)); return true; },
      on() { return this; }, once() { return this; }, hasColors: () => system.isatty(fd),
      getColorDepth: () => (system.isatty(fd) ? 8 : 1) });
    const process = new (coreRequire('events'))();
    for (const key of ['argv', 'env', 'exit', 'platform']) {
      Object.defineProperty(process, key, { get: () => base[key], enumerable: true });
    }
    Object.assign(process, {
      stdout: stream(1), stderr: stream(2), stdin: { fd: 0, isTTY: system.isatty(0) },
      exitCode: undefined, version: 'v22.0.0', versions: { node: '22.0.0' }, arch: system.arch(),
      release: { name: 'node' }, execArgv: [], pid: 0, title: 'live',
      cwd: () => coreRequire('live:host').cwd(),
      nextTick: (callback, ...args) => { Promise.resolve().then(() => callback(...args)); },
      hrtime: Object.assign((previous) => {
        const now = system.nanoTime();
        const seconds = Math.floor(now / 1e9), nanos = now % 1e9;
        return previous ? [seconds - previous[0], nanos - previous[1]] : [seconds, nanos];
      }, { bigint: () => BigInt(system.nanoTime()) }),
      emitWarning: (warning) => system.write(2, `(node) Warning: ${warning}\n`)
    });
    globalThis.process = process;
  }
})
