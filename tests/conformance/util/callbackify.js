const util = require('util');
async function ok(a, b) { return a * b; }
const cbOk = util.callbackify(ok);
console.log(cbOk.name, cbOk.length);
cbOk(6, 7, (err, v) => console.log('ok', err, v));
const cbFail = util.callbackify(async () => { throw new RangeError('bad'); });
cbFail((err) => console.log('fail', err.name, err.message));
for (const falsy of [null, undefined, 0, '', false]) {
  util.callbackify(() => Promise.reject(falsy))((err) => {
    console.log('falsy', err.code, err.message, JSON.stringify(err.reason), err.reason === falsy);
  });
}
try { cbOk(1, 2); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(5); } catch (e) { console.log(e.code, e.message); }
const obj = { x: 5, m: util.callbackify(async function () { return this.x; }) };
obj.m((err, v) => console.log('this', v));
console.log('sync end');
