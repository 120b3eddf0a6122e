'use strict';
// Loose and strict deep equality over many kinds of values.
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
check('1 vs "1"', 1, '1');
check('NaN vs NaN', NaN, NaN);
check('0 vs -0', 0, -0);
check('null vs undefined', null, undefined);
check('true vs 1', true, 1);
check('{} vs []', {}, []);
check('[] vs []', [], []);
check('[1,2] vs [1,2]', [1, 2], [1, 2]);
check('[1,2] vs [2,1]', [1, 2], [2, 1]);
check('[1] vs ["1"]', [1], ['1']);
check('{a:1} vs {a:1}', { a: 1 }, { a: 1 });
check('{a:1} vs {a:"1"}', { a: 1 }, { a: '1' });
check('{a:1,b:2} vs {b:2,a:1}', { a: 1, b: 2 }, { b: 2, a: 1 });
check('{a:undefined} vs {}', { a: undefined }, {});
check('{a:[0]} vs {a:[-0]}', { a: [0] }, { a: [-0] });
check('nested', { a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 2 }] } } });
check('nested diff', { a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 3 }] } } });
check('null proto vs {}', Object.create(null), {});
class Foo { constructor() { this.x = 1; } }
check('Foo vs plain', new Foo(), { x: 1 });
check('Foo vs Foo', new Foo(), new Foo());
check('sparse [,1] vs [undefined,1]', [, 1], [undefined, 1]); // eslint-disable-line no-sparse-arrays
check('sparse [,1] vs [,1]', [, 1], [, 1]); // eslint-disable-line no-sparse-arrays
check('sparse holes differ', [1, , 3], [1, 3, ,]); // eslint-disable-line no-sparse-arrays
const arrWithProp = [1, 2];
arrWithProp.extra = true;
check('array extra prop', arrWithProp, [1, 2]);
const arrWithProp2 = [1, 2];
arrWithProp2.extra = true;
check('array extra prop both', arrWithProp, arrWithProp2);
check('Date same', new Date(0), new Date(0));
check('Date differ', new Date(0), new Date(1));
check('Date vs object', new Date(0), {});
const d1 = new Date(0);
const d2 = new Date(0);
d1.foo = 1;
check('Date with prop', d1, d2);
check('RegExp same', /a/g, /a/g);
check('RegExp flags', /a/g, /a/i);
check('RegExp source', /a/, /b/);
const r1 = /a/g;
r1.lastIndex = 3;
check('RegExp lastIndex', r1, /a/g);
check('boxed number', new Number(1), new Number(1));
check('boxed number differ', new Number(1), new Number(2));
check('boxed vs primitive', new Number(1), 1);
check('boxed string', new String('a'), new String('a'));
check('boxed boolean', new Boolean(false), new Boolean(false));
check('boxed -0', new Number(-0), new Number(0));
check('boxed NaN', new Number(NaN), new Number(NaN));
check('Object(sym)', Object(Symbol.iterator), Object(Symbol.iterator));
check('Object(sym) differ', Object(Symbol('a')), Object(Symbol('a')));
check('boxed string vs array', new String('ab'), ['a', 'b']);
check('symbols differ', Symbol('a'), Symbol('a'));
const s = Symbol('s');
check('symbol key same', { [s]: 1 }, { [s]: 1 });
check('symbol key differ', { [s]: 1 }, { [s]: 2 });
check('symbol key missing', { [s]: 1 }, {});
const nonEnum = {};
Object.defineProperty(nonEnum, 'hidden', { value: 1, enumerable: false });
check('non-enumerable ignored', nonEnum, {});
check('functions same', check, check);
check('functions differ', () => {}, () => {});
check('arguments vs array', (function() { return arguments; })(1, 2), [1, 2]);
check('arguments vs object', (function() { return arguments; })(1), { 0: 1 });
check('arguments vs arguments', (function() { return arguments; })(1), (function() { return arguments; })(1));
check('bigint', 1n, 1n);
check('bigint vs number', 1n, 1);
check('string vs String', 'a', new String('a'));
check('getter values', { get a() { return 1; } }, { a: 1 });
