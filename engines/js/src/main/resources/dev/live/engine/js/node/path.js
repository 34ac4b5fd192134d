// Node's path: path-browserify (POSIX), with process.cwd() from the JVM; path.win32 is minimal.
const host = require('live:host');
const posix = require('webjar:path-browserify');
const resolve = posix.resolve;
posix.resolve = function (...segments) {
  return resolve.call(posix, host.cwd(), ...segments);
};
posix.posix = posix;
posix.win32 = Object.assign(Object.create(posix), { sep: '\\', delimiter: ';' });
module.exports = posix;
