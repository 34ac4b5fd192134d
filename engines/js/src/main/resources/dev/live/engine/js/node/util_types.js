// Node's util.types, from what JavaScript itself can tell.
const tag = (value) => Object.prototype.toString.call(value).slice(8, -1);
exports.isDate = (value) => value instanceof Date;
exports.isRegExp = (value) => value instanceof RegExp;
exports.isMap = (value) => value instanceof Map;
exports.isSet = (value) => value instanceof Set;
exports.isWeakMap = (value) => value instanceof WeakMap;
exports.isWeakSet = (value) => value instanceof WeakSet;
exports.isPromise = (value) => value instanceof Promise;
exports.isNativeError = (value) => value instanceof Error;
exports.isTypedArray = (value) => ArrayBuffer.isView(value) && !(value instanceof DataView);
exports.isUint8Array = (value) => value instanceof Uint8Array;
exports.isArrayBuffer = (value) => value instanceof ArrayBuffer;
exports.isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
exports.isArrayBufferView = (value) => ArrayBuffer.isView(value);
exports.isDataView = (value) => value instanceof DataView;
exports.isAsyncFunction = (value) => tag(value) === 'AsyncFunction';
exports.isGeneratorFunction = (value) => tag(value) === 'GeneratorFunction' ||
  tag(value) === 'AsyncGeneratorFunction';
exports.isGeneratorObject = (value) => tag(value) === 'Generator';
exports.isBoxedPrimitive = (value) => value instanceof Number || value instanceof String ||
  value instanceof Boolean || value instanceof Symbol || value instanceof BigInt;
exports.isProxy = () => false;
