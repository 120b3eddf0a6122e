'use strict';
// Deep equality of Map, Set, typed arrays, buffers, errors and cycles.
const assert = require('assert');

function check(label, a, b) {
  let loose = true;
  let strict = true;
  try { assert.deepEqual(a, b); } catch (e) { loose = e.code; }
  try { assert.deepStrictEqual(a, b); } catch (e) { strict = e.code; }
  // The negated forms must agree.
  let notLoose = true;
  let notStrict = true;
  try { assert.notDeepEqual(a, b); } catch (e) { notLoose = e.code; }
  try { assert.notDeepStrictEqual(a, b); } catch (e) { notStrict = e.code; }
  if ((loose === true) === (notLoose === true)) console.log('MISMATCH loose', label);
  if ((strict === true) === (notStrict === true)) console.log('MISMATCH strict', label);
  console.log(`${label}: loose=${loose === true} strict=${strict === true}`);
}

check('1 vs 1', 1, 1);
check('Map same', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
check('Map value differ', new Map([[1, 'a']]), new Map([[1, 'b']]));
check('Map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
check('Map loose value', new Map([[1, 1]]), new Map([[1, '1']]));
check('Map object keys', new Map([[{ a: 1 }, 'x'], [{ b: 2 }, 'y']]), new Map([[{ b: 2 }, 'y'], [{ a: 1 }, 'x']]));
check('Map object keys swapped values', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
check('Map object keys mismatch', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']]));
check('Map null vs undefined key', new Map([[null, 1]]), new Map([[undefined, 1]]));
check('Map size', new Map([[1, 1]]), new Map());
check('Map vs object', new Map(), {});
check('Map with prop', Object.assign(new Map(), { x: 1 }), new Map());
check('Set same', new Set([1, 2, 3]), new Set([3, 2, 1]));
check('Set differ', new Set([1, 2]), new Set([1, 3]));
check('Set loose', new Set([1, 2]), new Set(['1', 2]));
check('Set loose NaN string', new Set(['a']), new Set([NaN]));
check('Set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
check('Set objects differ', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
check('Set nested', new Set([[1, 2], [3]]), new Set([[3], [1, 2]]));
check('Set null/undefined', new Set([null]), new Set([undefined]));
check('Set -0', new Set([-0]), new Set([0]));
check('Set symbol', new Set([Symbol.iterator]), new Set([Symbol.iterator]));
check('Set vs array', new Set([1]), [1]);
check('Uint8Array same', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
check('Uint8Array differ', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
check('Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1]));
check('Float64 -0', new Float64Array([0]), new Float64Array([-0]));
check('Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
check('Float32 same', new Float32Array([1.5]), new Float32Array([1.5]));
check('Uint8 length', new Uint8Array(2), new Uint8Array(3));
const ta = new Uint8Array(1);
ta.foo = 1;
check('typed array prop', ta, new Uint8Array(1));
check('BigInt64Array', new BigInt64Array([1n]), new BigInt64Array([1n]));
check('ArrayBuffer same', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
check('ArrayBuffer differ', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
check('ArrayBuffer vs Uint8Array', new ArrayBuffer(1), new Uint8Array(1));
check('DataView same', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
check('DataView differ', new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer));
check('subarray', new Uint8Array([0, 1, 2]).subarray(1), new Uint8Array([1, 2]));
check('Error same', new Error('a'), new Error('a'));
check('Error message differ', new Error('a'), new Error('b'));
check('Error class differ', new TypeError('a'), new Error('a'));
check('Error cause', new Error('a', { cause: 1 }), new Error('a', { cause: 1 }));
check('Error cause differ', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
check('Error cause missing', new Error('a', { cause: undefined }), new Error('a'));
check('Error cause loose', new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
check('AggregateError errors', new AggregateError([1], 'm'), new AggregateError([1], 'm'));
check('AggregateError errors differ', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
const e1 = new Error('x');
e1.code = 'A';
const e2 = new Error('x');
e2.code = 'B';
check('Error own prop differ', e1, e2);
check('Error vs object', new Error('x'), { message: 'x', name: 'Error' });
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
check('cycle same', c1, c2);
const c3 = { a: 2 };
c3.self = c3;
check('cycle differ', c1, c3);
const c4 = { a: 1, self: { a: 1 } };
c4.self.self = c4;
check('cycle different shape', c1, c4);
const arrCycle1 = [1];
arrCycle1.push(arrCycle1);
const arrCycle2 = [1];
arrCycle2.push(arrCycle2);
check('array cycle', arrCycle1, arrCycle2);
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
check('map cycle', m1, m2);
check('WeakMap', new WeakMap(), new WeakMap());
check('Promise', Promise.resolve(1), Promise.resolve(1));
check('Object.create(Array.prototype) vs []', Object.create(Array.prototype), []);
