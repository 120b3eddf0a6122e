'use strict';
// assert.doesNotThrow.
const assert = require('assert');
const { show } = require('./_show');

show('no throw passes', () => assert.doesNotThrow(() => {}));
show('throws', () => assert.doesNotThrow(() => { throw new Error('oops'); }));
show('throws with message', () => assert.doesNotThrow(() => { throw new Error('oops'); }, 'my message'));
show('throws, class matches', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError));
show('throws, class matches, with message', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError, 'msg'));
show('throws, class does not match: rethrown', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, RangeError));
show('throws, regexp matches', () => assert.doesNotThrow(() => { throw new Error('abc'); }, /b/));
show('throws, regexp does not match: rethrown', () => assert.doesNotThrow(() => { throw new Error('abc'); }, /z/));
show('throws, validation function', () => assert.doesNotThrow(() => { throw new Error('abc'); }, () => true));
show('throws a primitive', () => assert.doesNotThrow(() => { throw 42; }));
