// Aborting while pending rejects and cancels the timer (the process exits early).
const tp = require('timers/promises');
const fakeController = require('./_fake_signal');
const c = fakeController();
const start = Date.now();
tp.setTimeout(100000, 'never', { signal: c.signal }).then(
  (v) => console.log('resolved', v),
  (e) => console.log('rejected', e.name, e.code, e.cause.message));
const c2 = fakeController();
tp.setImmediate('never', { signal: c2.signal }).then(
  (v) => console.log('immediate resolved', v),
  (e) => console.log('immediate rejected', e.name, e.cause));
c2.abort('stop');
setTimeout(() => c.abort(new Error('boom')), 5);
process.on('exit', () => console.log('exited quickly', Date.now() - start < 5000));
