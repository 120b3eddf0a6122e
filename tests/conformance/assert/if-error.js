'use strict';
// assert.ifError: throws for anything but null/undefined.
const assert = require('assert');
const { show } = require('./_show');

show('null passes', () => assert.ifError(null));
show('undefined passes', () => assert.ifError(undefined));
show('error', () => assert.ifError(new Error('test error')));
show('error with empty message', () => assert.ifError(new TypeError('')));
show('string', () => assert.ifError('some string'));
show('number', () => assert.ifError(0));
show('false', () => assert.ifError(false));
show('object', () => assert.ifError({ message: 'obj message' }));
show('object without message', () => assert.ifError({ a: 1 }));
try {
  assert.ifError(new Error('original'));
} catch (e) {
  // The original error's frames are appended to the stack.
  console.log(e.stack.split('\n')[0]);
  console.log(typeof e.stack === 'string' && e.stack.includes('    at '));
}
