// Node's CommonJS loader for one context: resolution, require.cache, core modules, errors.
// Evaluated once per context; install(host, mainFile) returns the main module and its require.
(function install(host, mainFile) {
  'use strict';

  const CORE = new Set([
    'assert', 'assert/strict', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises',
    'module', 'os', 'path', 'path/posix', 'process', 'timers', 'timers/promises', 'tty', 'url',
    'util', 'util/types', 'console'
  ]);
  // Loadable so that a package requiring them at load time still loads; calling them throws.
  const NOT_IMPLEMENTED = new Set([
    'async_hooks', 'cluster', 'dgram', 'diagnostics_channel', 'dns', 'domain', 'http', 'http2',
    'https', 'inspector', 'net', 'perf_hooks', 'punycode', 'querystring', 'readline',
    'readline/promises', 'repl', 'stream', 'stream/promises', 'string_decoder', 'stream/web', 'tls', 'trace_events', 'v8', 'vm', 'wasi',
    'worker_threads', 'zlib'
  ]);
  const REQUIRE_CONDITIONS = ['require', 'node', 'default'];
  const IMPORT_CONDITIONS = ['import', 'node', 'default'];
  const FILE = 1, FOLDER = 2;

  const cache = Object.create(null);
  let mainModule = null;
  const coreCache = Object.create(null);
  const packageJsons = Object.create(null);

  function nodeError(message, code, extra) {
    const error = new Error(message);
    error.code = code;
    return Object.assign(error, extra);
  }

  function readPackageJson(folder) {
    const file = folder + '/package.json';
    if (file in packageJsons) return packageJsons[file];
    let config = null;
    if (host.kind(file) === FILE) {
      const text = host.readText(file);
      try {
        config = JSON.parse(text);
      } catch (e) {
        throw nodeError(`Invalid package config ${file}: ${e.message}`, 'ERR_INVALID_PACKAGE_CONFIG',
          { path: file });
      }
    }
    packageJsons[file] = config;
    return config;
  }

  function asFile(path, extensions) {
    if (host.kind(path) === FILE) return path;
    for (const extension of extensions) {
      if (host.kind(path + extension) === FILE) return path + extension;
    }
    return null;
  }

  function asFolder(path) {
    const config = readPackageJson(path);
    if (config && typeof config.main === 'string') {
      const main = host.resolve(path, config.main);
      const found = asFile(main, ['.js', '.json']) || asFile(main + '/index', ['.js', '.json']);
      if (found) return found;
    }
    return asFile(path + '/index', ['.js', '.json']);
  }

  // The folders Node looks in for a bare name, from `folder` up to the root.
  function nodeModulesPaths(folder) {
    const paths = [];
    for (let dir = folder; ; dir = host.dirname(dir)) {
      if (!dir.endsWith('/node_modules')) paths.push((dir === '/' ? '' : dir) + '/node_modules');
      if (host.dirname(dir) === dir) return paths;
    }
  }

  // A target of an exports or imports map; `external` resolves one that is not relative (an
  // imports target may name a package), or is null where that is invalid (exports).
  function exportsTarget(packageFolder, target, match, conditions, external = null) {
    if (typeof target === 'string') {
      const filled = match === null ? target : target.split('*').join(match);
      if (!target.startsWith('./')) return external ? external(filled) : undefined;
      return host.resolve(packageFolder, filled);
    }
    if (Array.isArray(target)) {
      for (const each of target) {
        const found = exportsTarget(packageFolder, each, match, conditions, external);
        if (found) return found;
      }
      return undefined;
    }
    if (target !== null && typeof target === 'object') {
      for (const key of Object.keys(target)) {
        if (key === 'default' || conditions.includes(key)) {
          const found = exportsTarget(packageFolder, target[key], match, conditions, external);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    }
    return null;
  }

  function resolveExports(packageFolder, subpath, exportsField, conditions) {
    let map = exportsField;
    if (typeof map === 'string' || Array.isArray(map) ||
        (map && typeof map === 'object' && !Object.keys(map).some((key) => key.startsWith('.')))) {
      map = { '.': map };
    }
    const found = mapTarget(packageFolder, map, subpath, conditions, null);
    if (!found) {
      const config = packageFolder + '/package.json';
      throw nodeError(subpath === '.'
        ? `No "exports" main defined in ${config}`
        : `Package subpath '${subpath}' is not defined by "exports" in ${config}`,
      'ERR_PACKAGE_PATH_NOT_EXPORTED');
    }
    return found;
  }

  // The target of `subpath` in an exports or imports map: its own entry, else the `*` pattern with
  // the longest prefix that matches it.
  function mapTarget(packageFolder, map, subpath, conditions, external) {
    let found;
    if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
      found = exportsTarget(packageFolder, map[subpath], null, conditions, external);
    } else {
      let best = null;
      for (const key of Object.keys(map)) {
        const star = key.indexOf('*');
        if (star < 0) continue;
        const prefix = key.slice(0, star), suffix = key.slice(star + 1);
        if (subpath.startsWith(prefix) && subpath.length >= key.length &&
            subpath.endsWith(suffix) && (best === null || prefix.length > best.prefix.length)) {
          best = { key, prefix, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
        }
      }
      if (best) {
        found = exportsTarget(packageFolder, map[best.key], best.match, conditions, external);
      }
    }
    return found;
  }

  // The folder of the package.json whose scope `folder` is in, or null: Node's package scope,
  // which does not look past a node_modules folder.
  function packageScope(folder) {
    for (let dir = folder; ; dir = host.dirname(dir)) {
      if (dir.endsWith('/node_modules')) return null;
      if (host.kind(dir + '/package.json') === FILE) return dir;
      if (host.dirname(dir) === dir) return null;
    }
  }

  // A `#name` specifier, through the `imports` of the package the importing file is in.
  function resolveImports(request, parent, conditions) {
    const folder = parent ? parent.path : host.cwd();
    const scope = packageScope(folder);
    const config = scope === null ? null : readPackageJson(scope);
    const imports = config && config.imports;
    const found = imports && typeof imports === 'object' && request !== '#' && !request.startsWith('#/')
      ? mapTarget(scope, imports, request, conditions,
        (target) => resolveFilename(target, { path: scope, filename: scope + '/package.json', parent },
          conditions))
      : undefined;
    if (found && found.startsWith('/') && host.kind(found) !== FILE) throw notFound(request, parent);
    if (!found) {
      const from = parent ? parent.filename : folder;
      throw nodeError(`Package import specifier "${request}" is not defined` +
        (scope === null ? '' : ` in package ${scope}/package.json`) + ` imported from ${from}`,
      'ERR_PACKAGE_IMPORT_NOT_DEFINED');
    }
    return found;
  }

  function resolveBare(request, folder, conditions) {
    const parts = request.split('/');
    const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const subpath = '.' + request.slice(name.length);
    for (const modules of nodeModulesPaths(folder)) {
      const packageFolder = modules + '/' + name;
      if (host.kind(packageFolder) !== FOLDER) continue;
      const config = readPackageJson(packageFolder);
      if (config && config.exports !== undefined && config.exports !== null) {
        return resolveExports(packageFolder, subpath, config.exports, conditions);
      }
      const path = modules + '/' + request;
      const found = asFile(path, ['.js', '.json', '.node']) || asFolder(path);
      if (found) return found;
    }
    return null;
  }

  function notFound(request, parent) {
    // `npm install <request>` adds it to the nearest package.json: watching that runs again then.
    for (let dir = parent ? parent.path : host.cwd(); ; dir = host.dirname(dir)) {
      if (host.kind(dir + '/package.json') === FILE) {
        host.watch(dir + '/package.json');
        break;
      }
      if (host.dirname(dir) === dir) break;
    }
    const stack = [];
    for (let each = parent; each; each = each.parent) stack.push(each.filename);
    const error = nodeError(
      `Cannot find module '${request}'` + (stack.length ? '\nRequire stack:\n- ' + stack.join('\n- ') : ''),
      'MODULE_NOT_FOUND', { requireStack: stack });
    return error;
  }

  // A core module's name ('fs'), or an absolute file name.
  function resolveFilename(request, parent, conditions = REQUIRE_CONDITIONS) {
    if (typeof request !== 'string' || request === '') {
      throw nodeError(`The "id" argument must be a non-empty string. Received ${String(request)}`,
        'ERR_INVALID_ARG_VALUE');
    }
    if (request.startsWith('node:')) {
      const name = request.slice(5);
      if (CORE.has(name) || NOT_IMPLEMENTED.has(name)) return name;
      throw nodeError(`No such built-in module: ${request}`, 'ERR_UNKNOWN_BUILTIN_MODULE');
    }
    if (CORE.has(request) || NOT_IMPLEMENTED.has(request)) return request;
    if (request.startsWith('#')) return resolveImports(request, parent, conditions);
    const folder = parent ? parent.path : host.cwd();
    if (request === '.' || request === '..' || request.startsWith('./') ||
        request.startsWith('../') || request.startsWith('/')) {
      const path = host.resolve(folder, request);
      const found = asFile(path, ['.js', '.json', '.node']) || asFolder(path);
      if (found) return found;
      throw notFound(request, parent);
    }
    const key = folder + '\0' + request + '\0' + conditions[0];
    const known = host.resolvedBefore(key);
    if (known) return known;
    const found = resolveBare(request, folder, conditions);
    if (!found || host.kind(found) !== FILE) throw notFound(request, parent);
    host.resolvedNow(key, found);
    return found;
  }

  function notImplemented(name) {
    const fail = (member) => function () {
      throw nodeError(`${name}.${member}() is not implemented in live: the module '${name}' ` +
        'is loadable so that packages requiring it load, but its functions throw. ' +
        'Run this script with node for it.', 'ERR_NOT_IMPLEMENTED');
    };
    return new Proxy({}, {
      get(target, key) {
        if (typeof key === 'symbol' || key === 'then' || key === '__esModule') return undefined;
        if (!(key in target)) target[key] = fail(key);
        return target[key];
      }
    });
  }

  function coreModule(name) {
    if (name in coreCache) return coreCache[name];
    if (NOT_IMPLEMENTED.has(name)) return (coreCache[name] = notImplemented(name));
    if (name === 'module') return (coreCache[name] = moduleBuiltin());
    const module = { id: name, filename: name, exports: {}, loaded: false, children: [] };
    coreCache[name] = module.exports;
    const compiled = host.builtin(name);
    compiled.call(module.exports, module.exports, coreRequire, module, name, '/');
    module.loaded = true;
    return (coreCache[name] = module.exports);
  }

  // What live's own core modules require: each other, and the WebJars they are built on.
  function coreRequire(name) {
    if (name === 'live:host') return host;
    if (name.startsWith('webjar:')) {
      if (name in coreCache) return coreCache[name];
      const module = { exports: {} };
      coreCache[name] = module.exports;
      host.builtin(name).call(module.exports, module.exports, (dependency) =>
        coreRequire(CORE.has(dependency) ? dependency : 'webjar:' + dependency), module, name, '/');
      return (coreCache[name] = module.exports);
    }
    return coreModule(name.startsWith('node:') ? name.slice(5) : name);
  }

  class Module {
    constructor(filename, parent) {
      this.id = filename;
      this.filename = filename;
      this.path = host.dirname(filename);
      this.exports = {};
      this.parent = parent;
      this.loaded = false;
      this.children = [];
      this.paths = nodeModulesPaths(this.path);
      this.require = makeRequire(this);
    }
  }

  function load(filename, parent) {
    const cached = cache[filename];
    if (cached) {
      if (parent && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    cache[filename] = module;
    if (parent) parent.children.push(module);
    let loaded = false;
    try {
      if (filename.endsWith('.json')) {
        const text = host.readText(filename);
        try {
          module.exports = JSON.parse(text);
        } catch (e) {
          throw new SyntaxError(`${filename}: ${e.message}`);
        }
      } else if (esModule(filename)) {
        module.exports = requireEsModule(filename, parent);
      } else if (filename.endsWith('.node')) {
        throw nodeError(`Cannot load native addon ${filename}: live runs JavaScript on the JVM`,
          'ERR_DLOPEN_FAILED');
      } else {
        host.compile(filename).call(module.exports, module.exports, module.require, module,
          filename, module.path);
      }
      loaded = true;
    } finally {
      if (!loaded) delete cache[filename];
    }
    module.loaded = true;
    return module.exports;
  }

  // The namespaces of ES modules required, each handed over by the module that imports it for
  // require() (see LoaderHost.evaluateEsModule): at once, or after a top-level await.
  const esNamespaces = new Map();
  Object.defineProperty(globalThis, Symbol.for('live.esm'),
    { value: (filename, namespace) => esNamespaces.set(filename, namespace) });

  // Node 22's require() of an ES module: its namespace when its graph evaluates synchronously. The
  // graph is evaluated through a deferred namespace, so that its error is thrown here, catchable.
  function requireEsModule(filename, parent) {
    host.evaluateEsModule(filename, true);
    const deferred = esNamespaces.get(filename);
    esNamespaces.delete(filename);
    if (deferred !== undefined) {
      Object.keys(deferred);
      host.evaluateEsModule(filename, false);
    }
    const namespace = esNamespaces.get(filename);
    if (namespace === undefined) {
      throw nodeError('require() cannot be used on an ESM graph with top-level await. Use ' +
        `import() instead.\n  From ${parent ? parent.filename : host.cwd()}\n  Requiring ${filename}`,
      'ERR_REQUIRE_ASYNC_MODULE');
    }
    return namespace;
  }

  // The `module` core module: createRequire and the names of the core modules.
  function moduleBuiltin() {
    const builtinModules = [...CORE, ...NOT_IMPLEMENTED].filter((name) => !name.includes('/'))
      .concat([...CORE].filter((name) => name.includes('/'))).sort();
    function createRequire(filename) {
      let path = filename;
      if (path !== null && typeof path === 'object' && typeof path.href === 'string') path = path.href;
      if (typeof path === 'string' && path.startsWith('file:')) {
        path = decodeURIComponent(path.slice('file://'.length));
      }
      if (typeof path !== 'string' || !path.startsWith('/')) {
        throw nodeError('The argument \'filename\' must be a file URL object, file URL string, or ' +
          `absolute path string. Received ${JSON.stringify(filename)}`, 'ERR_INVALID_ARG_VALUE');
      }
      return makeRequire(new Module(path.endsWith('/') ? path + 'noop.js' : path, null));
    }
    return {
      createRequire,
      builtinModules,
      isBuiltin: (name) => {
        const bare = String(name).replace(/^node:/, '');
        return CORE.has(bare) || NOT_IMPLEMENTED.has(bare);
      },
      Module,
    };
  }

  function makeRequire(module) {
    const require = function require(request) {
      const filename = resolveFilename(request, module);
      if (CORE.has(filename) || NOT_IMPLEMENTED.has(filename)) return coreModule(filename);
      return load(filename, module);
    };
    require.resolve = (request) => resolveFilename(request, module);
    require.resolve.paths = (request) =>
      CORE.has(request) || request.startsWith('node:') ? null : nodeModulesPaths(module.path);
    require.cache = cache;
    Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true });
    return require;
  }

  // An ES module in `folder` as the parent of what it imports.
  function importer(folder) {
    return { path: folder, filename: folder, parent: null, children: [] };
  }

  // What an ES module's `import 'name'` becomes: a file of the package (resolved with the import
  // conditions), or null when it is CommonJS or a core module and needs a shim.
  function importTarget(request, folder) {
    const filename = resolveFilename(request, importer(folder), IMPORT_CONDITIONS);
    if (CORE.has(filename) || NOT_IMPLEMENTED.has(filename)) return null;
    if (filename.endsWith('.mjs')) return filename;
    if (filename.endsWith('.cjs') || filename.endsWith('.json')) return null;
    return esModule(filename) ? filename : null;
  }

  // Whether Node runs `filename` as an ES module: .mjs, or .js in a "type": "module" scope.
  function esModule(filename) {
    if (filename.endsWith('.mjs')) return true;
    if (!filename.endsWith('.js')) return false;
    const scope = packageScope(host.dirname(filename));
    const config = scope === null ? null : readPackageJson(scope);
    return config !== null && config.type === 'module';
  }

  // The names a CommonJS module or core module offers an ES module, besides its default export.
  function importNames(request, folder) {
    const exported = makeRequire(importer(folder))(request);
    if (exported === null || (typeof exported !== 'object' && typeof exported !== 'function')) {
      return [];
    }
    return Object.keys(exported).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  }

  const main = new Module(mainFile, null);
  main.id = '.';
  cache[mainFile] = main;
  mainModule = main;
  return { main, coreRequire, require: main.require, importTarget, importNames,
    requireFrom: (request, folder) => makeRequire(importer(folder))(request) };
})
