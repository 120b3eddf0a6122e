'use strict';
// AssertionError: constructor, properties and how it inspects.
const assert = require('assert');
const util = require('util');

const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof AssertionError);
console.log(e.name, e.code, e.generatedMessage, e.operator);
console.log(JSON.stringify(e.message));
console.log(Object.keys(e).join(','));
console.log(String(e));
console.log(Object.prototype.propertyIsEnumerable.call(e, 'name'));
console.log(e.stack.split('\n')[0]);

const custom = new AssertionError({ message: 'custom text', actual: 'a', expected: 'b', operator: 'fail' });
console.log(custom.message, custom.generatedMessage);
const loose = new AssertionError({ actual: 1, expected: 2, operator: '>' });
console.log(JSON.stringify(loose.message));
const unknown = new AssertionError({ actual: [1], expected: { a: 1 } });
console.log(JSON.stringify(unknown.message));

// Inspection with a fixed stack: the props block as Node shows it.
function fixedStack(err) {
  err.stack = `${err.name} [${err.code}]: ${err.message.split('\n')[0]}\n    at test (file.js:1:1)`;
  return err;
}
function caught(fn) {
  try {
    fn();
  } catch (err) {
    return fixedStack(err);
  }
  return null;
}
console.log(caught(() => assert.strictEqual(1, 2)));
console.log(caught(() => assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: 1 })));
console.log(util.inspect(caught(() => assert.strictEqual('x'.repeat(20) + '\n'.repeat(12), 'y'))));
console.log(caught(() => assert.ok(false, 'plain')));
console.log(caught(() => assert.fail('failed here')));
