// addAbortSignal() and the signal option destroy with AbortError.
const { addAbortSignal, Readable, Writable } = require('stream');
const log = require('./_log');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log('r error', e.name, e.code, e.message));
r.on('close', () => log('r close'));
ac.abort();
log('destroyed', r.destroyed);
const ac2 = new AbortController();
const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error', e.name, e.cause === ac2.signal.reason));
w.on('close', () => log('w close'));
ac2.abort();
const pre = AbortController ? new AbortController() : null;
pre.abort();
const r2 = new Readable({ signal: pre.signal, read() {} });
r2.on('error', (e) => log('pre-aborted', e.name));
try {
  addAbortSignal('nope', r);
} catch (e) {
  log('bad signal', e.code);
}
try {
  addAbortSignal(ac.signal, {});
} catch (e) {
  log('bad stream', e.code);
}
