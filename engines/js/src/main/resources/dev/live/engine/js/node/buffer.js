// Node's buffer: the `buffer` package (6.0.3), a Uint8Array subclass with Node's API.
module.exports = require('webjar:buffer');
