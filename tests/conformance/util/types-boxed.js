const { types } = require('util');
const vals = [new Number(1), new String('s'), new Boolean(true), Object(1n), Object(Symbol('x')),
  1, 's', true, 1n, Symbol('y'), {}, null];
for (const v of vals) {
  console.log(typeof v, types.isBoxedPrimitive(v), types.isNumberObject(v), types.isStringObject(v),
    types.isBooleanObject(v), types.isBigIntObject(v), types.isSymbolObject(v));
}
