'use strict';
// assert() / assert.ok(): falsy values fail, quoting the call expression.
const assert = require('assert');
const { show, showMessage } = require('./_show');

show('truthy values pass', () => {
  assert(1);
  assert.ok('x');
  assert.ok({});
  assert.ok([]);
});
show('no argument', () => assert.ok());
show('no argument (assert)', () => assert());
show('undefined passed explicitly', () => assert.ok(undefined));
show('zero', () => assert.ok(0));
show('false via assert()', () => assert(false));
show('empty string', () => assert.ok(''));
show('null', () => assert(null));
show('NaN', () => assert.ok(NaN));
show('custom message', () => assert.ok(false, 'it was false'));
show('custom message via assert()', () => assert(0, 'zero!'));
show('Error as message', () => assert.ok(false, new RangeError('boom')));
const value = 3;
showMessage('comparison', () => assert.ok(value === 4));
showMessage('typeof', () => assert(typeof value === 'string'));
showMessage('nested call', () => assert.ok([1, 2].includes(value)));
showMessage('call as argument', () => assert(Number.isNaN(value)));
showMessage('regexp', () => assert(/x/.test('abc')));
showMessage('template', () => assert.ok(`${value}` === 'y'));
showMessage('multi-line', () => {
  assert.ok(
    value > 10 &&
      value < 20,
  );
});
showMessage('with message argument on another line', () => {
  assert(value
    === 5);
});
const { ok } = assert;
showMessage('destructured ok', () => ok(value < 0));
showMessage('strict', () => assert.strict(value === null));
