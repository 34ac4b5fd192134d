// Used by main.js (through require) and by main.py (through use). Change `top` to 2 and save.
const _ = require('lodash');

const top = 3;

function commonest(text) {
  const counts = _.countBy(_.words(text.toLowerCase()));
  return _.take(_.orderBy(Object.keys(counts), [(word) => counts[word], _.identity], ['desc', 'asc']), top);
}

module.exports = { commonest, top };
