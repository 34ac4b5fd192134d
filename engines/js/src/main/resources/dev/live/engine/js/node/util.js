// Node's util. inspect and format are the console's, from the run's Node globals when they are
// there (globalThis[Symbol.for('live.node.builtin')]('util')); the fallback below is minimal.
const types = require('util/types');
const runtime = globalThis[Symbol.for('live.node.builtin')];
const inspector = runtime && runtime('util');

function fallbackInspect(value, options) {
  // MINIMAL FALLBACK: JSON-like, for when the console provides no inspect.
  const seen = new Set();
  const depth = options && options.depth !== undefined ? options.depth : 2;
  function show(v, level) {
    if (typeof v === 'string') return `'${v}'`;
    if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol') return v.toString();
    if (v === null || typeof v !== 'object') return String(v);
    if (seen.has(v)) return '[Circular *1]';
    if (level > depth) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen.add(v);
    try {
      if (v instanceof Error) return v.stack || String(v);
      if (v instanceof Date) return v.toISOString();
      if (Array.isArray(v)) return `[ ${v.map((x) => show(x, level + 1)).join(', ')} ]`;
      if (v instanceof Map) {
        return `Map(${v.size}) { ${[...v].map(([k, x]) => `${show(k, level + 1)} => ${show(x, level + 1)}`).join(', ')} }`;
      }
      if (v instanceof Set) return `Set(${v.size}) { ${[...v].map((x) => show(x, level + 1)).join(', ')} }`;
      const entries = Object.keys(v).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${show(v[k], level + 1)}`);
      return entries.length ? `{ ${entries.join(', ')} }` : '{}';
    } finally {
      seen.delete(v);
    }
  }
  return show(value, 0);
}

function fallbackFormat(first, ...args) {
  // MINIMAL FALLBACK: %s %d %i %f %j %o %O %c and %%.
  if (typeof first !== 'string') return [first, ...args].map((v) => exports.inspect(v)).join(' ');
  let index = 0;
  const text = first.replace(/%[sdifjoOc%]/g, (token) => {
    if (token === '%%') return '%';
    if (index >= args.length) return token;
    const arg = args[index++];
    switch (token) {
      case '%s': return typeof arg === 'string' ? arg : exports.inspect(arg);
      case '%d': case '%i': return String(token === '%i' ? parseInt(arg) : Number(arg));
      case '%f': return String(parseFloat(arg));
      case '%j': return JSON.stringify(arg);
      case '%c': return '';
      default: return exports.inspect(arg);
    }
  });
  return [text, ...args.slice(index).map((v) => typeof v === 'string' ? v : exports.inspect(v))].join(' ');
}

exports.inspect = inspector ? inspector.inspect : fallbackInspect;
exports.format = inspector ? inspector.format : fallbackFormat;
exports.formatWithOptions = inspector && inspector.formatWithOptions
  ? inspector.formatWithOptions : (options, ...args) => exports.format(...args);
exports.inspect.custom = Symbol.for('nodejs.util.inspect.custom');
exports.types = types;

exports.promisify = function promisify(original) {
  if (typeof original !== 'function') {
    const error = new TypeError('The "original" argument must be of type function');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  if (original[exports.promisify.custom]) return original[exports.promisify.custom];
  return function (...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (error, value) => (error ? reject(error) : resolve(value)));
    });
  };
};
exports.promisify.custom = Symbol.for('nodejs.util.promisify.custom');
exports.callbackify = (original) => function (...args) {
  const callback = args.pop();
  original.apply(this, args).then((value) => callback(null, value), (error) => callback(error));
};

exports.inherits = function inherits(constructor, superConstructor) {
  Object.defineProperty(constructor, 'super_', { value: superConstructor, writable: true, configurable: true });
  Object.setPrototypeOf(constructor.prototype, superConstructor.prototype);
};

const warned = new Set();
exports.deprecate = function deprecate(fn, message, code) {
  return function (...args) {
    if (!warned.has(code || message)) {
      warned.add(code || message);
      const prefix = code ? `[${code}] ` : '';
      if (globalThis.console) console.error(`(node) ${prefix}DeprecationWarning: ${message}`);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
};

function deepEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false;
    if (a instanceof Set) return [...a].every((x) => b.has(x) || [...b].some((y) => deepEqual(x, y, seen)));
    return [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k), seen));
  }
  if (ArrayBuffer.isView(a)) {
    return a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
  }
  const keysA = Object.keys(a), keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key], seen));
}
exports.isDeepStrictEqual = (a, b) => deepEqual(a, b);

exports.isArray = Array.isArray;
exports.TextEncoder = globalThis.TextEncoder;
exports.TextDecoder = globalThis.TextDecoder;
exports.debuglog = () => Object.assign(() => {}, { enabled: false });
exports.stripVTControlCharacters = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
