// Node's globals that are core modules' values, made on first use, unless the run has them.
(function defineGlobals(coreRequire, requireFrom) {
  'use strict';
  const lazy = [['Buffer', 'buffer'], ['URL', 'url'], ['URLSearchParams', 'url']];
  for (const [name, module] of lazy) {
    if (name in globalThis) continue;
    const settle = (value) => Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = coreRequire(module)[name];
        settle(value);
        return value;
      },
      set: settle
    });
  }
  Object.defineProperty(globalThis, Symbol.for('live.require'), { value: requireFrom });
})
