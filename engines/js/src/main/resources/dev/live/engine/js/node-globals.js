// Node's globals for one context: timers, console, process, structuredClone, atob/btoa,
// AbortController, fetch. Evaluated once in every context before any module; called with a
// function that evaluates node-inspect.js, it installs the globals and returns attach(host), which
// binds them to the run's NodeHost (the event loop and the process) when a run takes the context
// and returns topLevel(evaluate), which evaluates the main script as Node runs it.
(function (loadInspect) {
  'use strict';
  // node-inspect.js is evaluated the first time something is inspected: printing strings only,
  // as most scripts' first lines do, does not wait for it.
  let inspectModule = null;
  const loaded = () => {
    if (inspectModule === null) inspectModule = loadInspect();
    return inspectModule;
  };
  const onlyText = (args) =>
    args.every((arg) => typeof arg === 'string') && (args.length < 2 || !args[0].includes('%'));
  const util = {
    inspect: (value, options) => loaded().inspect(value, options),
    format: (...args) => (onlyText(args) ? args.join(' ') : loaded().format(...args)),
    formatWithOptions: (options, ...args) => loaded().formatWithOptions(options, ...args),
  };
  util.inspect.custom = Symbol.for('nodejs.util.inspect.custom');
  let host = null;
  const run = () => {
    if (host === null) throw new Error('this context belongs to no run of live');
    return host;
  };

  function argTypeError(name, expected, value) {
    const error = new TypeError(
      `The "${name}" argument must be of type ${expected}. Received ${value === null || typeof value !== 'object' ? util.inspect(value) : 'an instance of ' + (value.constructor && value.constructor.name)}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  }

  // process.nextTick, in Node's order: the ticks a callback (or the main script) queued run when
  // it returns, before its promise jobs; ticks queued by promise jobs run once those are drained,
  // which the loop does by calling drainTicks as an outermost call of its own.
  const ticks = [];
  let drainQueued = false;
  function runTicks() {
    while (ticks.length > 0) {
      const [callback, args] = ticks.shift();
      callback(...args);
    }
  }
  function drainTicks() {
    drainQueued = false;
    runTicks();
  }
  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') throw argTypeError('callback', 'function', callback);
    ticks.push([callback, args]);
    if (!drainQueued) {
      drainQueued = true;
      run().ticksQueued(drainTicks);
    }
  }
  const callback = (fn, self, args) => () => {
    fn.apply(self, args);
    runTicks();
  };

  // Timers: the loop keeps them; these objects are Node's handles on them.
  const ID = Symbol('timerId');
  class Timeout {
    constructor(fn, delay, args, repeat) {
      this[ID] = run().setTimer(callback(fn, this, args), delay, repeat);
    }
    ref() { run().referTimer(this[ID], true); return this; }
    unref() { run().referTimer(this[ID], false); return this; }
    hasRef() { return run().timerReferenced(this[ID]); }
    refresh() { run().refreshTimer(this[ID]); return this; }
    close() { run().clearTimer(this[ID]); return this; }
    [Symbol.toPrimitive]() { return this[ID]; }
  }
  class Immediate {
    constructor(fn, args) {
      this[ID] = run().setImmediate(callback(fn, this, args));
    }
    ref() { return this; }
    unref() { return this; }
    hasRef() { return true; }
  }
  function delayOf(delay) {
    const millis = Number(delay);
    return Number.isFinite(millis) ? millis : 1;
  }
  function setTimeout(fn, delay, ...args) {
    if (typeof fn !== 'function') throw argTypeError('callback', 'function', fn);
    return new Timeout(fn, delayOf(delay), args, false);
  }
  function setInterval(fn, delay, ...args) {
    if (typeof fn !== 'function') throw argTypeError('callback', 'function', fn);
    return new Timeout(fn, delayOf(delay), args, true);
  }
  function setImmediate(fn, ...args) {
    if (typeof fn !== 'function') throw argTypeError('callback', 'function', fn);
    return new Immediate(fn, args);
  }
  function clearTimer(handle) {
    if (handle === null || handle === undefined) return;
    const id = typeof handle === 'object' ? handle[ID] : Number(handle);
    if (id !== undefined && !Number.isNaN(id)) run().clearTimer(id);
  }
  function clearImmediate(handle) {
    if (handle instanceof Immediate) run().clearImmediate(handle[ID]);
  }
  function queueMicrotask(fn) {
    if (typeof fn !== 'function') throw argTypeError('callback', 'function', fn);
    // A microtask that throws is an unhandled rejection here, which ends the run as in Node.
    Promise.resolve().then(() => fn());
  }
  const timers = { setTimeout, setInterval, setImmediate, clearTimeout: clearTimer, clearInterval: clearTimer, clearImmediate };

  function abortError(signal) {
    return signal && signal.reason !== undefined ? signal.reason : new DOMException('The operation was aborted', 'AbortError');
  }
  function whenNotAborted(options, start) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (signal && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      let onAbort;
      const handle = start((value) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      });
      if (options && options.ref === false) handle.unref();
      if (signal) {
        onAbort = () => {
          clearTimer(handle);
          clearImmediate(handle);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }
  const timersPromises = {
    setTimeout: (delay, value, options) => whenNotAborted(options, (done) => setTimeout(done, delay, value)),
    setImmediate: (value, options) => whenNotAborted(options, (done) => setImmediate(done, value)),
    setInterval: async function* (delay, value, options) {
      for (;;) {
        yield await timersPromises.setTimeout(delay, value, options);
      }
    },
    scheduler: {
      wait: (delay, options) => timersPromises.setTimeout(delay, undefined, options),
      yield: () => timersPromises.setImmediate(),
    },
  };

  // Events, for AbortSignal and process.
  class Event {
    constructor(type, options) {
      this.type = String(type);
      this.cancelable = Boolean(options && options.cancelable);
      this.defaultPrevented = false;
      this.timeStamp = performance.now();
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  }
  const LISTENERS = Symbol('listeners');
  class EventTarget {
    constructor() { this[LISTENERS] = new Map(); }
    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      const list = this[LISTENERS].get(type) || [];
      if (!list.some((entry) => entry.listener === listener)) {
        list.push({ listener, once: Boolean(options && options.once) });
      }
      this[LISTENERS].set(type, list);
    }
    removeEventListener(type, listener) {
      const list = this[LISTENERS].get(type) || [];
      this[LISTENERS].set(type, list.filter((entry) => entry.listener !== listener));
    }
    dispatchEvent(event) {
      const list = [...(this[LISTENERS].get(event.type) || [])];
      Object.defineProperty(event, 'target', { value: this, configurable: true });
      for (const entry of list) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        if (typeof entry.listener === 'function') entry.listener.call(this, event);
        else entry.listener.handleEvent(event);
      }
      return !event.defaultPrevented;
    }
  }
  const ERROR_CODES = { AbortError: 20, TimeoutError: 23, DataCloneError: 25, InvalidCharacterError: 5 };
  class DOMException extends Error {
    constructor(message = '', name = 'Error') {
      super(message);
      Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
      this.code = ERROR_CODES[name] || 0;
    }
  }
  class AbortSignal extends EventTarget {
    constructor() {
      super();
      this.aborted = false;
      this.reason = undefined;
      this.onabort = null;
    }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) {
      const controller = new AbortController();
      controller.abort(reason);
      return controller.signal;
    }
    static timeout(millis) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), millis).unref();
      return controller.signal;
    }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      const signal = this.signal;
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
      const event = new Event('abort');
      if (typeof signal.onabort === 'function') signal.onabort(event);
      signal.dispatchEvent(event);
    }
  }

  // structuredClone: the HTML structured clone of plain data.
  function structuredClone(value) {
    const copies = new Map();
    const clone = (v) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) return v;
      if (typeof v === 'function' || typeof v === 'symbol') {
        throw new DOMException(`${typeof v === 'symbol' ? v.toString() : Function.prototype.toString.call(v)} could not be cloned.`, 'DataCloneError');
      }
      if (copies.has(v)) return copies.get(v);
      let copy;
      if (Array.isArray(v)) {
        copy = new Array(v.length);
        copies.set(v, copy);
        for (const key of Object.keys(v)) copy[key] = clone(v[key]);
        return copy;
      }
      if (v instanceof Date) copy = new Date(v.getTime());
      else if (v instanceof RegExp) copy = new RegExp(v.source, v.flags);
      else if (v instanceof ArrayBuffer) copy = v.slice(0);
      else if (ArrayBuffer.isView(v)) copy = new v.constructor(v.buffer.slice(0), v.byteOffset, v.length);
      else if (v instanceof Boolean || v instanceof Number || v instanceof String) copy = Object(v.valueOf());
      else if (v instanceof Map) {
        copy = new Map();
        copies.set(v, copy);
        for (const [k, item] of v) copy.set(clone(k), clone(item));
        return copy;
      } else if (v instanceof Set) {
        copy = new Set();
        copies.set(v, copy);
        for (const item of v) copy.add(clone(item));
        return copy;
      } else if (v instanceof Error) {
        const Type = globalThis[v.name] && globalThis[v.name].prototype instanceof Error ? globalThis[v.name] : Error;
        copy = new Type(v.message);
        copy.stack = v.stack;
      } else if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise) {
        throw new DOMException(`${Object.prototype.toString.call(v)} could not be cloned.`, 'DataCloneError');
      } else {
        copy = {};
        copies.set(v, copy);
        for (const key of Object.keys(v)) copy[key] = clone(v[key]);
        return copy;
      }
      copies.set(v, copy);
      return copy;
    };
    return clone(value);
  }

  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function btoa(data) {
    const text = String(data);
    let out = '';
    for (let i = 0; i < text.length; i += 3) {
      const codes = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
      for (const code of codes) {
        if (code > 0xff) throw new DOMException('Invalid character', 'InvalidCharacterError');
      }
      const n = (codes[0] << 16) | ((codes[1] || 0) << 8) | (codes[2] || 0);
      out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
      out += i + 1 < text.length ? BASE64[(n >> 6) & 63] : '=';
      out += i + 2 < text.length ? BASE64[n & 63] : '=';
    }
    return out;
  }
  function atob(data) {
    let text = String(data).replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/==?$/, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) {
      throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    let out = '';
    let bits = 0;
    let buffer = 0;
    for (const ch of text) {
      buffer = (buffer << 6) | BASE64.indexOf(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  }

  // console: Node's formatting, stdout for log/info/debug, stderr for error/warn/trace.
  let groupIndent = '';
  const counts = new Map();
  const timings = new Map();
  function write(fd, text) {
    const indented = groupIndent === '' ? text : text.split('\n').map((line) => groupIndent + line).join('\n');
    run().write(fd, indented + '\n');
  }
  const console = {
    log: (...args) => write(1, util.format(...args)),
    info: (...args) => write(1, util.format(...args)),
    debug: (...args) => write(1, util.format(...args)),
    error: (...args) => write(2, util.format(...args)),
    warn: (...args) => write(2, util.format(...args)),
    dir: (value, options) => write(1, util.inspect(value, Object.assign({ customInspect: false }, options))),
    trace: (...args) => {
      const stack = new Error().stack.split('\n').slice(2).join('\n');
      write(2, `Trace${args.length > 0 ? ': ' + util.format(...args) : ''}\n${stack}`);
    },
    assert: (condition, ...args) => {
      if (!condition) {
        if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
        else args.unshift('Assertion failed');
        write(2, util.format(...args));
      }
    },
    count: (label = 'default') => {
      const count = (counts.get(String(label)) || 0) + 1;
      counts.set(String(label), count);
      write(1, `${label}: ${count}`);
    },
    countReset: (label = 'default') => counts.delete(String(label)),
    time: (label = 'default') => timings.set(String(label), performance.now()),
    timeLog: (label = 'default', ...args) => {
      const start = timings.get(String(label));
      if (start === undefined) write(2, `Warning: No such label '${label}' for console.timeLog()`);
      else write(1, util.format(`${label}: %s`, elapsed(start), ...args));
    },
    timeEnd: (label = 'default') => {
      const start = timings.get(String(label));
      if (start === undefined) write(2, `Warning: No such label '${label}' for console.timeEnd()`);
      else write(1, `${label}: ${elapsed(start)}`);
      timings.delete(String(label));
    },
    group: (...args) => {
      if (args.length > 0) write(1, util.format(...args));
      groupIndent += '  ';
    },
    groupEnd: () => { groupIndent = groupIndent.slice(2); },
    table: (data, properties) => write(1, table(data, properties)),
  };
  console.groupCollapsed = console.group;
  function elapsed(start) {
    const millis = performance.now() - start;
    return millis < 1000 ? `${Number(millis.toFixed(3))}ms` : `${Number((millis / 1000).toFixed(3))}s`;
  }
  function table(data, properties) {
    if (data === null || typeof data !== 'object') return util.format(data);
    const cell = (v) => (v === undefined ? '' : util.inspect(v, { depth: 0, breakLength: Infinity }));
    const rows = data instanceof Map ? [...data] : Object.entries(data);
    const columns = [];
    let hasValues = false;
    for (const [, row] of rows) {
      if (row !== null && typeof row === 'object') {
        for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
      } else {
        hasValues = true;
      }
    }
    const shown = properties ? properties.map(String) : columns;
    const header = ['(index)', ...shown, ...(hasValues ? ['Values'] : [])];
    const body = rows.map(([index, row]) => {
      const isObject = row !== null && typeof row === 'object';
      const cells = [String(index), ...shown.map((key) => (isObject && key in row ? cell(row[key]) : ''))];
      if (hasValues) cells.push(isObject ? '' : cell(row));
      return cells;
    });
    const widths = header.map((title, i) => Math.max(title.length, ...body.map((r) => r[i].length)) + 2);
    const line = (left, mid, right) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
    const renderRow = (cells) => '│' + cells.map((c, i) => ` ${c.padEnd(widths[i] - 2)} `).join('│') + '│';
    return [line('┌', '┬', '┐'), renderRow(header), line('├', '┼', '┤'), ...body.map(renderRow), line('└', '┴', '┘')].join('\n');
  }

  // process: what the runner's host gives, as Node's object.
  const exitListeners = [];
  const process = {
    get argv() { return [...run().process.argv]; },
    get env() { return run().process.env; },
    get platform() { return run().process.platform; },
    get exitCode() { return run().exitCode(); },
    set exitCode(code) { run().setExitCode(code === undefined || code === null ? 0 : Number(code)); },
    get pid() { return run().pid(); },
    version: 'v20.0.0',
    versions: { node: '20.0.0', graaljs: String(Graal.versionGraalVM), ecmascript: String(Graal.versionECMAScript) },
    release: { name: 'node' },
    arch: 'x64',
    execArgv: [],
    title: 'live',
    nextTick,
    cwd: () => run().cwd(),
    uptime: () => performance.now() / 1000,
    memoryUsage: () => run().memoryUsage(),
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      const status = process.exitCode;
      for (const listener of [...exitListeners]) listener(status);
      exitListeners.length = 0;
      run().process.exit(process.exitCode);
    },
    on(event, listener) {
      if (event === 'exit') {
        if (exitListeners.length === 0) run().onExit(() => process.emit('exit', process.exitCode));
        exitListeners.push(listener);
      }
      return process;
    },
    once(event, listener) {
      const once = (...args) => {
        process.off(event, once);
        listener(...args);
      };
      return process.on(event, once);
    },
    off(event, listener) {
      const i = exitListeners.indexOf(listener);
      if (event === 'exit' && i >= 0) exitListeners.splice(i, 1);
      return process;
    },
    emit(event, ...args) {
      if (event !== 'exit') return false;
      const listeners = [...exitListeners];
      exitListeners.length = 0;
      for (const listener of listeners) listener(...args);
      return listeners.length > 0;
    },
    listenerCount: (event) => (event === 'exit' ? exitListeners.length : 0),
    emitWarning: (warning) => write(2, `(node) Warning: ${warning instanceof Error ? warning.message : warning}`),
  };
  process.addListener = process.on;
  process.removeListener = process.off;
  process.hrtime = (previous) => {
    const now = run().nanoTime();
    let seconds = Math.floor(now / 1e9);
    let nanos = now - seconds * 1e9;
    if (Array.isArray(previous)) {
      seconds -= previous[0];
      nanos -= previous[1];
      if (nanos < 0) {
        seconds -= 1;
        nanos += 1e9;
      }
    }
    return [seconds, nanos];
  };
  process.hrtime.bigint = () => BigInt(run().nanoTime());
  const stream = (fd) => ({
    write(chunk, encoding, done) {
      const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      run().write(fd, text);
      const callback = typeof encoding === 'function' ? encoding : done;
      if (typeof callback === 'function') nextTick(callback);
      return true;
    },
    get isTTY() { return run().isTTY(fd); },
    get columns() { return 80; },
    fd,
  });
  process.stdout = stream(1);
  process.stderr = stream(2);

  // fetch on the JVM's HTTP client; the response comes back through the run's loop.
  class Headers {
    constructor(init) {
      this.map = new Map();
      if (init instanceof Headers) init = [...init];
      if (Array.isArray(init)) init.forEach(([k, v]) => this.append(k, v));
      else if (init) Object.entries(init).forEach(([k, v]) => this.append(k, v));
    }
    append(name, value) {
      const key = String(name).toLowerCase();
      this.map.set(key, this.map.has(key) ? `${this.map.get(key)}, ${value}` : String(value));
    }
    set(name, value) { this.map.set(String(name).toLowerCase(), String(value)); }
    get(name) { const v = this.map.get(String(name).toLowerCase()); return v === undefined ? null : v; }
    has(name) { return this.map.has(String(name).toLowerCase()); }
    delete(name) { this.map.delete(String(name).toLowerCase()); }
    forEach(fn) { this.map.forEach((v, k) => fn(v, k, this)); }
    entries() { return this.map.entries(); }
    keys() { return this.map.keys(); }
    values() { return this.map.values(); }
    [Symbol.iterator]() { return this.map.entries(); }
  }
  class Response {
    constructor(body, init = {}) {
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText || '';
      this.headers = new Headers(init.headers);
      this.url = init.url || '';
      this.ok = this.status >= 200 && this.status < 300;
      this.bodyUsed = false;
      this.body = body === undefined || body === null ? null : String(body);
    }
    async text() {
      if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
      this.bodyUsed = true;
      return this.body === null ? '' : this.body;
    }
    async json() { return JSON.parse(await this.text()); }
    async arrayBuffer() { return new TextEncoder().encode(await this.text()).buffer; }
  }
  function fetch(resource, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options.signal;
      if (signal && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      const headers = [...new Headers(options.headers)];
      const body = options.body === undefined || options.body === null ? null : String(options.body);
      // A URL has href, a Request has url; anything else is the address itself.
      const url = String(resource !== null && typeof resource === 'object' ? resource.href || resource.url : resource);
      const abort = run().fetch(
        url,
        String(options.method || 'GET').toUpperCase(),
        headers,
        body,
        (status, received, text, finalUrl) => {
          const headers = Object.keys(received).map((name) => [name, String(received[name])]);
          resolve(new Response(text, { status, headers, url: finalUrl }));
        },
        (message) => reject(Object.assign(new TypeError('fetch failed'), { cause: new Error(message) })));
      if (signal) {
        signal.addEventListener('abort', () => {
          abort();
          reject(abortError(signal));
        }, { once: true });
      }
    });
  }

  const globals = {
    setTimeout, setInterval, setImmediate, clearTimeout: clearTimer, clearInterval: clearTimer, clearImmediate,
    queueMicrotask, structuredClone, atob, btoa, console, process, Event, EventTarget, DOMException,
    AbortController, AbortSignal, Headers, Response, fetch,
  };
  // Assigned, not defined: defining properties on the global object costs ten times more here.
  Object.assign(globalThis, globals);

  // Node's built-in modules this file provides, for require() and import to find by name.
  const builtins = {
    timers: Object.assign({ promises: timersPromises }, timers),
    'timers/promises': timersPromises,
    util,
  };
  globalThis[Symbol.for('live.node.builtin')] = (name) => builtins[String(name).replace(/^node:/, '')];
  // A script evaluated through topLevel has its ticks run before its promise jobs, as Node's main.
  const topLevel = (evaluate) => {
    const result = evaluate();
    runTicks();
    return result;
  };
  return function attach(runHost) {
    host = runHost;
    return topLevel;
  };
})
