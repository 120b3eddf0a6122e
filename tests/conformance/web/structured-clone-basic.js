const values = [1, -0, NaN, Infinity, 'str', true, null, undefined, 10n, ''];
for (const v of values) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v));
}
const obj = { a: 1, nested: { b: [1, 2, { c: 'deep' }] }, s: 'x' };
const copy = structuredClone(obj);
console.log(copy, copy !== obj, copy.nested !== obj.nested, copy.nested.b !== obj.nested.b);
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(structuredClone(undefined, undefined));
console.log(structuredClone(1, null), structuredClone('x', {}), structuredClone(2, undefined));
