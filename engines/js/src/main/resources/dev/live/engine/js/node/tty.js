const system = require('live:host').system();
exports.isatty = (fd) => system.isatty(Number(fd));
exports.ReadStream = class ReadStream {
  constructor(fd) { this.fd = fd; this.isTTY = system.isatty(fd); }
};
exports.WriteStream = class WriteStream {
  constructor(fd) { this.fd = fd; this.isTTY = system.isatty(fd); this.columns = 80; this.rows = 24; }
  getColorDepth() { return this.isTTY ? 8 : 1; }
  hasColors(count = 16) { return this.isTTY && count <= 256; }
};
