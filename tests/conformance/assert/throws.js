'use strict';
// assert.throws: class, RegExp, validation function and validation object.
const assert = require('assert');
const { show, showMessage } = require('./_show');

const thrower = (err) => () => { throw err; };
class MyError extends Error {}

show('any error', () => assert.throws(thrower(new Error('x'))));
show('class match', () => assert.throws(thrower(new TypeError('x')), TypeError));
show('superclass match', () => assert.throws(thrower(new TypeError('x')), Error));
show('regexp match', () => assert.throws(thrower(new Error('bad thing')), /bad/));
show('regexp on primitive', () => assert.throws(thrower('bad string'), /string/));
show('validation function', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show('validation object', () => assert.throws(thrower(new TypeError('wrong value')), {
  name: 'TypeError', message: 'wrong value',
}));
show('validation object with regexps', () => assert.throws(thrower(new RangeError('out of range 7')), {
  name: /Range/, message: /range \d/,
}));
show('validation object, nested value', () => {
  const err = new Error('e');
  err.info = { code: 1, list: [1, 2] };
  assert.throws(thrower(err), { info: { code: 1, list: [1, 2] } });
});
show('validation error instance', () => assert.throws(thrower(new TypeError('m')), new TypeError('m')));
show('no exception', () => assert.throws(() => {}));
show('no exception, with class', () => assert.throws(() => {}, TypeError));
show('no exception, with message', () => assert.throws(() => {}, 'expected a throw'));
show('no exception, class and message', () => assert.throws(() => {}, TypeError, 'should throw'));
show('no exception, validation object', () => assert.throws(() => {}, { message: 'x' }));
showMessage('wrong class', () => assert.throws(thrower(new TypeError('tm')), RangeError));
showMessage('wrong class, same name', () => {
  const Other = class TypeError extends Error {};
  assert.throws(thrower(new TypeError('x')), Other);
});
showMessage('wrong class, non-error thrown', () => assert.throws(thrower({ a: 1 }), MyError));
showMessage('regexp mismatch', () => assert.throws(thrower(new Error('abc')), /xyz/));
showMessage('validation function false', () => assert.throws(thrower(new Error('abc')), function check() { return false; }));
showMessage('anonymous validation function', () => assert.throws(thrower(5), () => 0));
showMessage('validation object mismatch', () => assert.throws(thrower(new TypeError('actual msg')), {
  name: 'TypeError', message: 'expected msg',
}));
showMessage('validation object missing key', () => assert.throws(thrower(new Error('m')), { code: 'E_X' }));
showMessage('validation object with regexp mismatch', () => assert.throws(thrower(new Error('hello')), {
  message: /bye/, name: 'Error',
}));
showMessage('validation error instance mismatch', () => assert.throws(thrower(new TypeError('m')), new RangeError('m')));
showMessage('primitive thrown vs object', () => assert.throws(thrower(5), { a: 1 }));
show('validation object mismatch with message', () => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'));
show('class mismatch with message', () => assert.throws(thrower(new Error('x')), TypeError, 'custom'));
