const { types } = require('util');
function plain() {}
function* gen() {}
async function af() {}
async function* agf() {}
const arrow = () => {};
const asyncArrow = async () => {};
class C { *m() {} async am() {} }
const fns = { plain, gen, af, agf, arrow, asyncArrow, method: C.prototype.m, asyncMethod: C.prototype.am,
  bound: plain.bind(null), cls: C, notFn: {} };
for (const [name, f] of Object.entries(fns)) {
  console.log(name, types.isGeneratorFunction(f), types.isAsyncFunction(f));
}
const g = gen();
console.log('genObj', types.isGeneratorObject(g), types.isGeneratorObject(agf()), types.isGeneratorObject({ next() {} }));
console.log('genFn as object', types.isGeneratorObject(gen));
