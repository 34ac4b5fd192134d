// npm install, then: live run examples/node/npm/main.js
// A JavaScript main using an npm package and a local module that uses it. Edit words.js and save.
const _ = require('lodash');
const words = require('./words');

const text = 'the cat and the hat and the bat';
console.log('commonest:', words.commonest(text).join(' '));
console.log('chunks:', JSON.stringify(_.chunk([1, 2, 3, 4, 5], 2)));
// out: commonest: the and bat
// out: chunks: [[1,2],[3,4],[5]]
