const e = new RangeError('out of range', { cause: { why: 'because' } });
e.extra = 'dropped';
const c = structuredClone(e);
console.log(c instanceof RangeError, c.name, c.message, c.cause, c.extra, c.stack === e.stack);
console.log(Object.getOwnPropertyNames(c).sort());
console.log(Object.getOwnPropertyDescriptor(c, 'message'));
for (const Ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const cc = structuredClone(new Ctor('m'));
  console.log(Ctor.name, cc.constructor.name, cc.name, cc.message);
}
class CustomError extends Error { constructor(m) { super(m); this.name = 'CustomError'; } }
const cc = structuredClone(new CustomError('custom'));
console.log(cc.constructor.name, cc.name, cc.message, cc instanceof CustomError);
const renamed = new Error('x');
renamed.name = 'TypeError';
console.log(structuredClone(renamed).constructor.name);
const noMessage = structuredClone(new Error());
console.log(JSON.stringify(noMessage.message), Object.prototype.hasOwnProperty.call(noMessage, 'message'));
const nested = structuredClone({ err: new TypeError('inner') });
console.log(nested.err instanceof TypeError, nested.err.message);
