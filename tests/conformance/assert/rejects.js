'use strict';
// assert.rejects / assert.doesNotReject (results printed in order).
const assert = require('assert');
const { describe } = require('./_show');

async function run(label, fn) {
  console.log(`-- ${label}`);
  try {
    await fn();
    console.log('passed');
  } catch (e) {
    if (e && e.code === 'ERR_ASSERTION') console.log(describe(e));
    else console.log(`${e && e.name} ${e && e.code}: ${e && e.message}`);
  }
}

(async () => {
  await run('rejecting promise', () => assert.rejects(Promise.reject(new Error('x'))));
  await run('rejecting function', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await run('regexp', () => assert.rejects(Promise.reject(new Error('bad')), /bad/));
  await run('validation object', () => assert.rejects(Promise.reject(new RangeError('r')), { name: 'RangeError', message: 'r' }));
  await run('validation object mismatch', () => assert.rejects(Promise.reject(new RangeError('r')), { message: 's' }));
  await run('resolves instead', () => assert.rejects(Promise.resolve(1)));
  await run('resolves instead, class', () => assert.rejects(async () => 1, TypeError));
  await run('resolves instead, message', () => assert.rejects(async () => 1, 'should reject'));
  await run('wrong class', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await run('function returns non-promise', () => assert.rejects(() => 5));
  await run('function returns object', () => assert.rejects(() => ({})));
  await run('not a function or promise', () => assert.rejects(5));
  await run('function throws synchronously', () => assert.rejects(() => { throw new Error('sync'); }));
  await run('thenable accepted', () => assert.rejects({ then(_, rej) { rej(new Error('th')); }, catch() {} }));
  await run('doesNotReject passes', () => assert.doesNotReject(Promise.resolve(1)));
  await run('doesNotReject with function', () => assert.doesNotReject(async () => 2));
  await run('doesNotReject rejects', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await run('doesNotReject rejects with message', () => assert.doesNotReject(Promise.reject(new Error('no')), 'msg'));
  await run('doesNotReject class mismatch rethrows', () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
  await run('doesNotReject non-promise', () => assert.doesNotReject(() => 1));
  const p = assert.rejects(Promise.reject(new Error('x')));
  console.log('returns a promise:', p instanceof Promise);
  await p;
})();
