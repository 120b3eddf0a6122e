const util = require('util');
const vals = [undefined, null, true, 0, 'str', Symbol.iterator, {}, [], () => {}, new Date(0), /r/, new Error('e'), 10n];
const fns = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const v of vals) {
  const label = typeof v === 'symbol' ? 'symbol' : util.inspect(v).split('\n')[0];
  console.log(label.padEnd(20), fns.filter((f) => util[f](v)).join(' '));
}
console.log(util.isArray === Array.isArray);
