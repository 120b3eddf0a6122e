const util = require('util');
function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
console.log(new Child().hello(), Child.super_ === Base, new Child() instanceof Base);
console.log(Object.getOwnPropertyDescriptor(Child, 'super_'));
const cases = [[null, Base], [Child, null], [Child, {}], [undefined, Base], [Child, undefined]];
for (const [a, b] of cases) {
  try { util.inherits(a, b); } catch (e) { console.log(e.name, e.code, e.message); }
}
