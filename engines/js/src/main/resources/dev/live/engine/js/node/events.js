// Node's events: the `events` package (3.3.0), which Node's own EventEmitter API matches.
module.exports = require('webjar:events');
