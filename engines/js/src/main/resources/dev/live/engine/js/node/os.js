// Node's os from what the JVM knows.
const system = require('live:host').system();
exports.EOL = system.platform() === 'win32' ? '\r\n' : '\n';
exports.devNull = system.platform() === 'win32' ? '\\\\.\\nul' : '/dev/null';
exports.platform = () => system.platform();
exports.type = () => system.type();
exports.arch = () => system.arch();
exports.release = () => system.release();
exports.homedir = () => system.homedir();
exports.tmpdir = () => system.tmpdir();
exports.hostname = () => system.hostname();
exports.endianness = () => 'LE';
exports.uptime = () => system.uptime();
exports.totalmem = () => system.totalMemory();
exports.freemem = () => system.freeMemory();
exports.loadavg = () => [0, 0, 0];
exports.availableParallelism = () => system.processors();
exports.cpus = () => Array.from({ length: system.processors() }, () => ({
  model: 'unknown', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 }
}));
exports.networkInterfaces = () => ({});
exports.userInfo = () => ({ username: system.username(), homedir: system.homedir(), shell: null,
  uid: -1, gid: -1 });
exports.constants = { signals: {}, errno: {} };
