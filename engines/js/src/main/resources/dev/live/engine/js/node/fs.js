// Node's fs: the synchronous subset on java.nio (NodeFs), callback and promise forms over it.
const host = require('live:host');
const files = host.fs();
const { Buffer } = require('buffer');

const SYSCALL_TEXT = {
  ENOENT: 'no such file or directory', EEXIST: 'file already exists', ENOTDIR: 'not a directory',
  ENOTEMPTY: 'directory not empty', EACCES: 'permission denied', EISDIR: 'illegal operation on a directory',
  EIO: 'i/o error'
};

function pathOf(path) {
  if (path && typeof path === 'object' && path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  if (Buffer.isBuffer(path)) return path.toString();
  if (typeof path !== 'string') {
    const error = new TypeError(`The "path" argument must be of type string. Received ${typeof path}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  return host.resolve(host.cwd(), path);
}

function call(syscall, path, action) {
  try {
    return action(pathOf(path));
  } catch (e) {
    const code = files.code(e);
    if (code === null) throw e;
    const error = new Error(`${code}: ${SYSCALL_TEXT[code]}, ${syscall} '${path}'`);
    throw Object.assign(error, { errno: -1, code, syscall, path: String(path) });
  }
}

function encodingOf(options) {
  return typeof options === 'string' ? options : options && options.encoding ? options.encoding : null;
}

function dataOf(data, options) {
  if (typeof data === 'string') {
    const encoding = encodingOf(options);
    return encoding && encoding !== 'utf8' && encoding !== 'utf-8'
      ? { text: Buffer.from(data, encoding).toString('latin1'), bytes: true }
      : { text: data, bytes: false };
  }
  const view = ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
  return { text: view.toString('latin1'), bytes: true };
}

class Stats {
  constructor([kind, size, mtimeMs, atimeMs, ctimeMs, birthtimeMs]) {
    Object.assign(this, { size, mtimeMs, atimeMs, ctimeMs, birthtimeMs,
      mtime: new Date(mtimeMs), atime: new Date(atimeMs), ctime: new Date(ctimeMs),
      birthtime: new Date(birthtimeMs) });
    Object.defineProperty(this, 'kind', { value: kind });
  }
  isFile() { return this.kind === 1; }
  isDirectory() { return this.kind === 2; }
  isSymbolicLink() { return this.kind === 3; }
}

const sync = {
  readFileSync(path, options) {
    const encoding = encodingOf(options);
    if (encoding === 'utf8' || encoding === 'utf-8') return call('open', path, (p) => files.read(p, false));
    const buffer = Buffer.from(call('open', path, (p) => files.read(p, true)), 'latin1');
    return encoding ? buffer.toString(encoding) : buffer;
  },
  writeFileSync(path, data, options) {
    const { text, bytes } = dataOf(data, options);
    call('open', path, (p) => files.write(p, text, bytes, Boolean(options && options.flag === 'a')));
  },
  appendFileSync(path, data, options) {
    const { text, bytes } = dataOf(data, options);
    call('open', path, (p) => files.write(p, text, bytes, true));
  },
  existsSync(path) {
    try {
      return files.exists(pathOf(path));
    } catch (e) {
      return false;
    }
  },
  readdirSync(path, options) {
    const names = Array.from(call('scandir', path, (p) => files.list(p)));
    if (!(options && options.withFileTypes)) return names;
    return names.map((name) => {
      const stats = sync.lstatSync(host.resolve(pathOf(path), name));
      return Object.assign(stats, { name, path: String(path) });
    });
  },
  statSync(path, options) {
    if (options && options.throwIfNoEntry === false && !sync.existsSync(path)) return undefined;
    return new Stats(Array.from(call('stat', path, (p) => files.stat(p, true))));
  },
  lstatSync(path) {
    return new Stats(Array.from(call('lstat', path, (p) => files.stat(p, false))));
  },
  mkdirSync(path, options) {
    const recursive = Boolean(options && options.recursive);
    call('mkdir', path, (p) => files.mkdir(p, recursive));
    return recursive ? pathOf(path) : undefined;
  },
  unlinkSync(path) {
    call('unlink', path, (p) => files.remove(p, false));
  },
  rmSync(path, options) {
    if (options && options.force && !sync.existsSync(path)) return;
    call('rm', path, (p) => files.remove(p, Boolean(options && options.recursive)));
  },
  rmdirSync(path, options) {
    call('rmdir', path, (p) => files.remove(p, Boolean(options && options.recursive)));
  },
  renameSync(from, to) {
    call('rename', from, (p) => files.rename(p, pathOf(to)));
  },
  copyFileSync(from, to) {
    call('copyfile', from, (p) => files.copy(p, pathOf(to)));
  },
  realpathSync(path) {
    return call('realpath', path, (p) => files.realpath(p));
  },
  accessSync(path) {
    if (!sync.existsSync(path)) call('access', path, (p) => files.stat(p, true));
  }
};

const promises = {};
for (const [name, action] of Object.entries(sync)) {
  if (name === 'existsSync') continue;
  const base = name.slice(0, -4);
  promises[base] = (...args) => new Promise((resolve) => resolve(action(...args)));
  exports[base] = (...args) => {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : () => {};
    promises[base](...args).then((value) => callback(null, value), (error) => callback(error));
  };
}
exports.exists = (path, callback) => Promise.resolve().then(() => callback(sync.existsSync(path)));
Object.assign(exports, sync, { promises, Stats, constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 } });
