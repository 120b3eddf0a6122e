const { types } = require('util');
const m = new Map([[1, 2]]);
const s = new Set([1]);
const vals = { map: m, set: s, weakmap: new WeakMap(), weakset: new WeakSet(), obj: {}, arr: [],
  nullProto: Object.create(null), mapIter: m.entries(), mapKeys: m.keys(), setIter: s.values(),
  arrIter: [][Symbol.iterator](), fakeMap: Object.create(Map.prototype) };
for (const [name, v] of Object.entries(vals)) {
  console.log(name, types.isMap(v), types.isSet(v), types.isWeakMap(v), types.isWeakSet(v),
    types.isMapIterator(v), types.isSetIterator(v));
}
class MyMap extends Map {}
console.log('subclass', types.isMap(new MyMap()));
const spoof = { [Symbol.toStringTag]: 'Map' };
console.log('spoof', types.isMap(spoof), Object.prototype.toString.call(spoof));
console.log('primitives', types.isMap(1), types.isSet('x'), types.isMap(null), types.isMap(undefined));
