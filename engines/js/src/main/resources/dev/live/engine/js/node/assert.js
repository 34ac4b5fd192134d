// Node's assert: ok, equal, strictEqual, deepStrictEqual, throws, rejects and their negations.
const util = require('util');

class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = !options.userMessage;
  }
}

function fail(actual, expected, message, operator, describe) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual, expected, operator, userMessage: message !== undefined,
    message: message !== undefined ? message : describe() });
}

const show = (value) => util.inspect(value);

function assert(value, message) {
  assert.ok(value, message);
}
assert.AssertionError = AssertionError;
assert.ok = function ok(...args) {
  const [value, message] = args;
  if (!value) fail(value, true, message, '==', () => args.length === 0
    ? 'No value argument passed to `assert.ok()`'
    : `The expression evaluated to a falsy value:\n\n  assert.ok(${show(value)})\n`);
};
assert.equal = (actual, expected, message) => {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    fail(actual, expected, message, '==', () => `${show(actual)} == ${show(expected)}`);
  }
};
assert.notEqual = (actual, expected, message) => {
  // eslint-disable-next-line eqeqeq
  if (actual == expected) fail(actual, expected, message, '!=', () => `${show(actual)} != ${show(expected)}`);
};
assert.strictEqual = (actual, expected, message) => {
  if (!Object.is(actual, expected)) {
    fail(actual, expected, message, 'strictEqual', () =>
      `Expected values to be strictly equal:\n\n${show(actual)} !== ${show(expected)}\n`);
  }
};
assert.notStrictEqual = (actual, expected, message) => {
  if (Object.is(actual, expected)) {
    fail(actual, expected, message, 'notStrictEqual', () =>
      `Expected "actual" to be strictly unequal to: ${show(expected)}`);
  }
};
assert.deepStrictEqual = (actual, expected, message) => {
  if (!util.isDeepStrictEqual(actual, expected)) {
    fail(actual, expected, message, 'deepStrictEqual', () =>
      `Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ ${show(actual)}\n- ${show(expected)}\n`);
  }
};
assert.notDeepStrictEqual = (actual, expected, message) => {
  if (util.isDeepStrictEqual(actual, expected)) {
    fail(actual, expected, message, 'notDeepStrictEqual', () =>
      `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`);
  }
};
assert.deepEqual = assert.deepStrictEqual;
assert.notDeepEqual = assert.notDeepStrictEqual;
assert.fail = (message = 'Failed') => {
  fail(undefined, undefined, message, 'fail', () => message);
};

function matches(error, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected(error) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(error && error.message !== undefined ? error.message : error)) || expected.test(String(error));
  return Object.keys(expected).every((key) => expected[key] instanceof RegExp
    ? expected[key].test(error[key]) : util.isDeepStrictEqual(error[key], expected[key]));
}

assert.throws = (fn, expected, message) => {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    fn();
  } catch (error) {
    if (!matches(error, expected)) {
      if (typeof expected === 'function' && expected.prototype !== undefined) throw error;
      fail(error, expected, message, 'throws', () => `The error did not match:\n${show(error)}`);
    }
    return;
  }
  fail(undefined, expected, message, 'throws', () => 'Missing expected exception.');
};
assert.doesNotThrow = (fn, message) => {
  try {
    fn();
  } catch (error) {
    fail(error, undefined, typeof message === 'string' ? message : undefined, 'doesNotThrow',
      () => `Got unwanted exception.\nActual message: "${error && error.message}"`);
  }
};
assert.rejects = async (promiseOrFn, expected, message) => {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    if (!matches(error, expected)) {
      fail(error, expected, message, 'rejects', () => `The error did not match:\n${show(error)}`);
    }
    return;
  }
  fail(undefined, expected, message, 'rejects', () => 'Missing expected rejection.');
};
assert.match = (text, pattern, message) => {
  if (!pattern.test(text)) fail(text, pattern, message, 'match', () =>
    `The input did not match the regular expression ${pattern}. Input:\n\n${show(text)}\n`);
};
assert.strict = assert;
module.exports = assert;
