// Node's util.inspect and util.format, as Node 20 prints values (breakLength 80, depth 2,
// compact 3). Evaluated once in every context; its value is { inspect, format, formatWithOptions }.
// isForeign(value) says whether a value belongs to another language (a Python dict, a Lua table).
(function (isForeign) {
  'use strict';

  const DEFAULTS = { depth: 2, breakLength: 80, compact: 3, maxArrayLength: 100, showHidden: false };
  const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const ARRAY = 1;
  const OBJECT = 0;

  function inspect(value, options) {
    const ctx = Object.assign({}, DEFAULTS, { seen: [], indentationLvl: 0, currentDepth: 0 });
    if (options !== null && typeof options === 'object') {
      Object.assign(ctx, options);
      if (ctx.depth === Infinity) ctx.depth = null;
    }
    return formatValue(ctx, value, 0, true);
  }

  function quote(text) {
    let q = "'";
    if (text.includes("'")) {
      if (!text.includes('"')) q = '"';
      else if (!text.includes('`') && !text.includes('${')) q = '`';
    }
    let out = '';
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else if (ch === '\v') out += '\\v';
      else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
    }
    return q + out + q;
  }

  function formatPrimitive(value) {
    switch (typeof value) {
      case 'string': return quote(value);
      case 'number': return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint': return String(value) + 'n';
      case 'symbol': return value.toString();
      default: return String(value);
    }
  }

  function constructorName(value) {
    let proto = Object.getPrototypeOf(value);
    while (proto !== null) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
        return descriptor.value.name;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  function keysOf(value) {
    const keys = Object.keys(value);
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
    }
    return keys;
  }

  function prefix(constructor, fallback, size) {
    if (constructor === null) return `[${fallback}${size}: null prototype] `;
    return `${constructor}${size} `;
  }

  function functionBase(value, constructor) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith('class') && source.endsWith('}')) {
      const name = (Object.prototype.hasOwnProperty.call(value, 'name') && value.name) || '(anonymous)';
      let base = `class ${name}`;
      const parent = Object.getPrototypeOf(value);
      if (parent !== null && parent.name) base += ` extends ${parent.name}`;
      return `[${base}]`;
    }
    let type = 'Function';
    if (constructor === 'GeneratorFunction') type = 'GeneratorFunction';
    else if (constructor === 'AsyncFunction') type = 'AsyncFunction';
    else if (constructor === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
    const name = typeof value.name === 'string' ? value.name : '';
    return `[${type}${name === '' ? ' (anonymous)' : ': ' + name}]`;
  }

  function formatError(error, indentation) {
    let stack = typeof error.stack === 'string' && error.stack !== '' ? error.stack : null;
    if (stack === null) return `[${Error.prototype.toString.call(error)}]`;
    if (indentation > 0) {
      const pad = ' '.repeat(indentation);
      stack = stack.split('\n').map((line, i) => (i === 0 ? line : pad + line)).join('\n');
    }
    return stack;
  }

  function formatValue(ctx, value, recurseTimes, topLevel) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      return formatPrimitive(value);
    }
    if (ctx.seen.includes(value)) {
      if (ctx.circular === undefined) ctx.circular = new Map();
      if (!ctx.circular.has(value)) ctx.circular.set(value, ctx.circular.size + 1);
      return `[Circular *${ctx.circular.get(value)}]`;
    }
    if (!topLevel && typeof value[inspect.custom] === 'function') {
      const custom = value[inspect.custom](ctx.depth === null ? Infinity : ctx.depth - recurseTimes, ctx, inspect);
      if (custom !== value) return typeof custom === 'string' ? custom : formatValue(ctx, custom, recurseTimes);
    }
    return formatRaw(ctx, value, recurseTimes);
  }

  function formatRaw(ctx, value, recurseTimes) {
    const foreign = isForeign(value);
    const constructor = foreign ? (Array.isArray(value) ? 'Array' : 'Object') : constructorName(value);
    let keys = [];
    let base = '';
    let braces;
    let formatter = () => [];
    let extrasType = OBJECT;
    if (Array.isArray(value)) {
      const pre = constructor !== 'Array' ? prefix(constructor, 'Array', `(${value.length})`) : '';
      keys = foreign ? [] : keysOf(value).filter((k) => typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k));
      if (ctx.showHidden && !foreign) keys.push('length');
      braces = [`${pre}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = ARRAY;
      formatter = formatArray;
    } else if (value instanceof Set) {
      keys = keysOf(value);
      const pre = prefix(constructor, 'Set', `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, '}'];
      formatter = formatSet;
    } else if (value instanceof Map) {
      keys = keysOf(value);
      const pre = prefix(constructor, 'Map', `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, '}'];
      formatter = formatMap;
    } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const pre = prefix(constructor, 'TypedArray', `(${value.length})`);
      braces = [`${pre}[`, ']'];
      if (value.length === 0) return `${braces[0]}]`;
      extrasType = ARRAY;
      formatter = formatArray;
    } else {
      keys = keysOf(value);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = foreign ? `[Function: ${value.name || 'foreign'}]` : functionBase(value, constructor);
        if (keys.length === 0) return base;
      } else if (foreign || constructor === 'Object') {
        if (keys.length === 0) return '{}';
      } else if (constructor === null) {
        braces[0] = '[Object: null prototype] {';
        if (keys.length === 0) return '[Object: null prototype] {}';
      } else if (value instanceof RegExp) {
        base = RegExp.prototype.toString.call(value);
        if (keys.length === 0) return base;
      } else if (value instanceof Date) {
        base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        if (keys.length === 0) return base;
      } else if (value instanceof Error) {
        base = formatError(value, ctx.indentationLvl);
        keys = keys.filter((k) => k !== 'stack' && k !== 'message');
        if (keys.length === 0) return base;
      } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
        const type = value instanceof Number ? 'Number' : value instanceof String ? 'String' : 'Boolean';
        base = `[${type}: ${formatPrimitive(value.valueOf())}]`;
        if (value instanceof String) keys = keys.filter((k) => !/^[0-9]+$/.test(k));
        if (keys.length === 0) return base;
      } else if (value instanceof Promise) {
        braces[0] = 'Promise {';
        formatter = () => ['<unknown>'];
      } else if (value instanceof WeakMap || value instanceof WeakSet) {
        return `${constructor} { <items unknown> }`;
      } else if (value instanceof ArrayBuffer) {
        const bytes = [...new Uint8Array(value)].slice(0, 50).map((b) => b.toString(16).padStart(2, '0'));
        braces[0] = 'ArrayBuffer {';
        formatter = () => [`[Uint8Contents]: <${bytes.join(' ')}${value.byteLength > 50 ? ` ... ${value.byteLength - 50} more bytes` : ''}>`, `byteLength: ${value.byteLength}`];
      } else {
        if (keys.length === 0) return `${constructor} {}`;
        braces[0] = `${constructor} {`;
      }
    }
    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      return `[${constructor === null ? 'Object: null prototype' : Array.isArray(value) ? 'Array' : constructor}]`;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    const output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, OBJECT));
    ctx.seen.pop();
    if (ctx.circular !== undefined && ctx.circular.has(value)) {
      const reference = `<ref *${ctx.circular.get(value)}>`;
      base = base === '' ? reference : `${reference} ${base}`;
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function formatArray(ctx, value, recurseTimes) {
    const output = [];
    const shown = Math.min(ctx.maxArrayLength, value.length);
    let holes = 0;
    for (let i = 0; i < shown; i++) {
      if (!isForeign(value) && !Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY));
    }
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    const remaining = value.length - shown;
    if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const output = [...value].map((v) => formatValue(ctx, v, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const output = [...value].map(([k, v]) => `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatProperty(ctx, value, recurseTimes, key, type) {
    const descriptor = isForeign(value)
      ? { value: value[key], enumerable: true }
      : Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    let str;
    if (descriptor.get !== undefined) {
      str = descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else if (descriptor.set !== undefined) {
      str = '[Setter]';
    } else {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, descriptor.value, recurseTimes);
      ctx.indentationLvl -= 2;
    }
    if (type === ARRAY) return str;
    let name;
    if (typeof key === 'symbol') name = `[${key.toString()}]`;
    else if (key === '__proto__') name = "['__proto__']";
    else if (descriptor.enumerable === false) name = `[${key}]`;
    else if (IDENTIFIER.test(key)) name = key;
    else name = quote(key);
    return `${name}: ${str}`;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (const entry of output) {
      total += entry.length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    const entries = output.length;
    if (extrasType === ARRAY && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) {
          return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < value.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const grouped = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let line = '';
        let j = i;
        for (; j < max - 1; j++) {
          const cell = `${output[j]}, `;
          line += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
        }
        line += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
        grouped.push(line);
      }
      if (ctx.maxArrayLength < value.length) grouped.push(output[outputLength]);
      return grouped;
    }
    return output;
  }

  function formatWithOptions(options, ...args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue;
        const next = first[++i];
        if (a + 1 !== args.length) {
          switch (next) {
            case 's': {
              const arg = args[++a];
              if (typeof arg === 'number') tempStr = formatPrimitive(arg);
              else if (typeof arg === 'bigint') tempStr = `${arg}n`;
              else if (typeof arg !== 'object' || arg === null) tempStr = String(arg);
              else tempStr = inspect(arg, Object.assign({}, options, { depth: 0 }));
              break;
            }
            case 'j':
              try {
                tempStr = JSON.stringify(args[++a]);
              } catch (e) {
                tempStr = '[Circular]';
              }
              break;
            case 'd': {
              const arg = args[++a];
              tempStr = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : formatPrimitive(Number(arg));
              break;
            }
            case 'O':
              tempStr = inspect(args[++a], options);
              break;
            case 'o':
              tempStr = inspect(args[++a], Object.assign({}, options, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 'i': {
              const arg = args[++a];
              tempStr = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : formatPrimitive(Number.parseInt(arg));
              break;
            }
            case 'f': {
              const arg = args[++a];
              tempStr = typeof arg === 'symbol' ? 'NaN' : formatPrimitive(Number.parseFloat(arg));
              break;
            }
            case 'c':
              a++;
              tempStr = '';
              break;
            case '%':
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (next === '%') {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, options) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  inspect.custom = Symbol.for('nodejs.util.inspect.custom');
  inspect.defaultOptions = DEFAULTS;
  const format = (...args) => formatWithOptions(undefined, ...args);
  return { inspect, format, formatWithOptions };
})
