const util = require('util');
const expected = ['callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'styleText',
  'formatWithOptions', 'getSystemErrorMap', 'getSystemErrorName', 'inherits', 'inspect', 'isArray',
  'isBoolean', 'isBuffer', 'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive',
  'promisify', 'stripVTControlCharacters', 'toUSVString', 'aborted', 'types', 'parseArgs',
  'TextDecoder', 'TextEncoder'];
for (const name of expected) {
  if (!(name in util)) console.log('missing', name);
}
console.log(typeof util.TextEncoder, util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(new util.TextEncoder().encode('hé'));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1]), new Set([1])));
console.log(util.inspect === require('util').inspect, typeof util.inspect.custom);
