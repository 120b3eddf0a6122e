'use strict';
// assert.fail in its one-argument and deprecated multi-argument forms.
const assert = require('assert');
const { show } = require('./_show');

show('no arguments', () => assert.fail());
show('message', () => assert.fail('boom'));
show('null', () => assert.fail(null));
show('Error instance', () => assert.fail(new TypeError('typed failure')));
show('two arguments', () => assert.fail(1, 2));
show('three arguments', () => assert.fail(1, 2, 'three'));
show('three arguments, undefined message', () => assert.fail(1, 2, undefined));
show('operator', () => assert.fail(1, 2, undefined, '>'));
show('operator with message', () => assert.fail('a', 'b', 'custom', '<'));
show('objects', () => assert.fail({ a: 1 }, [1], undefined, 'op'));
