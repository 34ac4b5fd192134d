// Node's url with WHATWG URL and URLSearchParams (GraalJS has neither), for the common cases:
// special schemes (http, https, ws, wss, ftp, file) and opaque ones (mailto:, data:).
const host = require('live:host');
const DEFAULT_PORTS = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };
const SPECIAL = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);
const PATTERN = /^([a-zA-Z][a-zA-Z\d+\-.]*:)(?:\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?)?([^?#]*)(\?[^#]*)?(#.*)?$/;

function invalid(input) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  return error;
}

const encodePart = (text, extra) => text.replace(extra, (c) => encodeURIComponent(c))
  .replace(/[^\x21-\x7E%]/g, (c) => encodeURIComponent(c));

function removeDots(path) {
  const out = [];
  const segments = path.split('/');
  segments.forEach((segment, i) => {
    if (segment === '..') {
      if (out.length > 1) out.pop();
      if (i === segments.length - 1) out.push('');
    } else if (segment === '.') {
      if (i === segments.length - 1) out.push('');
    } else {
      out.push(segment);
    }
  });
  return out.join('/');
}

function resolveRelative(input, base) {
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(input)) return input;
  if (input.startsWith('//')) return base.protocol + input;
  const credentials = base.username
    ? base.username + (base.password ? ':' + base.password : '') + '@' : '';
  const origin = base.protocol + '//' + credentials + base.host;
  if (input.startsWith('/')) return origin + input;
  const path = base.pathname;
  if (input === '') return base.href.replace(/#.*$/, '');
  if (input.startsWith('?')) return origin + path + input;
  if (input.startsWith('#')) return base.href.replace(/#.*$/, '') + input;
  return origin + path.slice(0, path.lastIndexOf('/') + 1) + input;
}

class URLSearchParams {
  constructor(init = '') {
    this._list = [];
    this._url = null;
    if (typeof init === 'string') {
      this._parse(init);
    } else if (init && typeof init[Symbol.iterator] === 'function') {
      for (const [name, value] of init) this._list.push([String(name), String(value)]);
    } else if (init && typeof init === 'object') {
      for (const key of Object.keys(init)) this._list.push([key, String(init[key])]);
    }
  }
  _parse(text) {
    this._list = [];
    const body = text.startsWith('?') ? text.slice(1) : text;
    for (const pair of body.split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '));
      this._list.push(at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))]);
    }
  }
  _changed() {
    if (this._url) this._url._search = this._list.length ? '?' + this.toString() : '';
  }
  get size() { return this._list.length; }
  append(name, value) { this._list.push([String(name), String(value)]); this._changed(); }
  delete(name) { this._list = this._list.filter(([key]) => key !== name); this._changed(); }
  get(name) { const found = this._list.find(([key]) => key === name); return found ? found[1] : null; }
  getAll(name) { return this._list.filter(([key]) => key === name).map(([, value]) => value); }
  has(name) { return this._list.some(([key]) => key === name); }
  set(name, value) {
    const index = this._list.findIndex(([key]) => key === name);
    if (index < 0) {
      this._list.push([String(name), String(value)]);
    } else {
      this._list[index][1] = String(value);
      this._list = this._list.filter(([key], i) => key !== name || i === index);
    }
    this._changed();
  }
  sort() { this._list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); this._changed(); }
  forEach(callback, thisArg) { for (const [key, value] of this._list) callback.call(thisArg, value, key, this); }
  keys() { return this._list.map(([key]) => key)[Symbol.iterator](); }
  values() { return this._list.map(([, value]) => value)[Symbol.iterator](); }
  entries() { return this._list.map(([key, value]) => [key, value])[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    const encode = (s) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    return this._list.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  }
  get [Symbol.toStringTag]() { return 'URLSearchParams'; }
}

class URL {
  constructor(input, base) {
    let text = String(input).trim();
    if (base !== undefined) text = resolveRelative(text, base instanceof URL ? base : new URL(base));
    const parts = PATTERN.exec(text);
    if (!parts) throw invalid(String(input));
    const [, protocol, username, password, hostname, port, path, search, hash] = parts;
    this._protocol = protocol.toLowerCase();
    const special = SPECIAL.has(this._protocol);
    if (special && this._protocol !== 'file:' && !hostname) throw invalid(String(input));
    this._username = username || '';
    this._password = password || '';
    this._hostname = (hostname || '').toLowerCase();
    this._port = port && port !== DEFAULT_PORTS[this._protocol] ? port : '';
    this._pathname = special ? encodePart(removeDots(path || '/') || '/', /[ "<>`{}]/g) : path;
    this._search = search && search !== '?' ? encodePart(search, /[ "<>`]/g) : '';
    this._hash = hash && hash !== '#' ? encodePart(hash, /[ "<>`]/g) : '';
    this._params = new URLSearchParams(this._search);
    this._params._url = this;
  }
  static canParse(input, base) {
    try {
      return Boolean(new URL(input, base));
    } catch (e) {
      return false;
    }
  }
  get protocol() { return this._protocol; }
  get username() { return this._username; }
  get password() { return this._password; }
  get hostname() { return this._hostname; }
  set hostname(value) { this._hostname = String(value).toLowerCase(); }
  get port() { return this._port; }
  set port(value) { this._port = String(value) === DEFAULT_PORTS[this._protocol] ? '' : String(value); }
  get host() { return this._hostname + (this._port ? ':' + this._port : ''); }
  get origin() {
    return SPECIAL.has(this._protocol) && this._protocol !== 'file:'
      ? `${this._protocol}//${this.host}` : 'null';
  }
  get pathname() { return this._pathname; }
  set pathname(value) { this._pathname = encodePart(removeDots(String(value).startsWith('/') ? String(value) : '/' + value), /[ "<>`{}]/g); }
  get search() { return this._search; }
  set search(value) {
    const text = String(value);
    this._search = text === '' || text === '?' ? '' : encodePart(text.startsWith('?') ? text : '?' + text, /[ "<>`]/g);
    this._params._parse(this._search);
  }
  get searchParams() { return this._params; }
  get hash() { return this._hash; }
  set hash(value) {
    const text = String(value);
    this._hash = text === '' || text === '#' ? '' : encodePart(text.startsWith('#') ? text : '#' + text, /[ "<>`]/g);
  }
  get href() {
    const credentials = this._username
      ? this._username + (this._password ? ':' + this._password : '') + '@' : '';
    const authority = SPECIAL.has(this._protocol) || this._hostname ? '//' + credentials + this.host : '';
    return this._protocol + authority + this._pathname + this._search + this._hash;
  }
  set href(value) { Object.assign(this, new URL(value)); this._params._url = this; }
  toString() { return this.href; }
  toJSON() { return this.href; }
  get [Symbol.toStringTag]() { return 'URL'; }
}

function fileURLToPath(url) {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') {
    const error = new TypeError('The URL must be of scheme file');
    error.code = 'ERR_INVALID_URL_SCHEME';
    throw error;
  }
  return decodeURIComponent(parsed.pathname);
}

function pathToFileURL(path) {
  const absolute = host.resolve(host.cwd(), String(path));
  return new URL('file://' + encodePart(absolute, /[ %?#"<>`{}]/g));
}

function parse(text) {
  const url = new URL(text);
  return { protocol: url.protocol, slashes: true, auth: url.username || null, host: url.host,
    port: url.port || null, hostname: url.hostname, hash: url.hash || null,
    search: url.search || null, query: url.search ? url.search.slice(1) : null,
    pathname: url.pathname, path: url.pathname + url.search, href: url.href };
}

function format(url) {
  if (url instanceof URL) return url.href;
  const auth = url.auth ? url.auth + '@' : '';
  const search = url.search || (url.query ? '?' + url.query : '');
  return `${url.protocol || 'http:'}//${auth}${url.host || url.hostname + (url.port ? ':' + url.port : '')}${url.pathname || ''}${search}${url.hash || ''}`;
}

module.exports = { URL, URLSearchParams, fileURLToPath, pathToFileURL, parse, format };
