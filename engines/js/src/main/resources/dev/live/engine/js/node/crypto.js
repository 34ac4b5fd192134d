// Node's crypto: random values and hashes from the JVM's SecureRandom and MessageDigest.
const system = require('live:host').system();
const { Buffer } = require('buffer');

function bytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8').toString('latin1');
  return Buffer.from(data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : data).toString('latin1');
}

class Hash {
  constructor(algorithm) {
    try {
      this.digestor = system.digest(algorithm);
    } catch (e) {
      const error = new Error('Digest method not supported');
      error.code = 'ERR_CRYPTO_INVALID_DIGEST';
      throw error;
    }
  }
  update(data, encoding) {
    system.update(this.digestor, bytes(data, encoding));
    return this;
  }
  digest(encoding) {
    const text = system.finish(this.digestor, encoding || null);
    return encoding === 'hex' || encoding === 'base64' || encoding === 'base64url'
      ? text : Buffer.from(text, 'latin1');
  }
}

exports.createHash = (algorithm) => new Hash(algorithm);
exports.randomUUID = () => system.randomUUID();
exports.randomBytes = (size, callback) => {
  const buffer = Buffer.from(system.randomBytes(size), 'latin1');
  if (callback) {
    Promise.resolve().then(() => callback(null, buffer));
    return undefined;
  }
  return buffer;
};
exports.randomFillSync = (target, offset = 0, size) => {
  const view = new Uint8Array(target.buffer || target, target.byteOffset || 0,
    target.byteLength);
  const count = size === undefined ? view.length - offset : size;
  const random = system.randomBytes(count);
  for (let i = 0; i < count; i++) view[offset + i] = random.charCodeAt(i);
  return target;
};
exports.getRandomValues = (target) => exports.randomFillSync(target);
exports.randomInt = (min, max) => {
  if (max === undefined) [min, max] = [0, min];
  return min + Math.floor(Math.random() * (max - min));
};
exports.getHashes = () => ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
exports.webcrypto = { getRandomValues: exports.getRandomValues, randomUUID: exports.randomUUID };
