const { addAbortListener } = require('events');
const ac = new AbortController();
const d = addAbortListener(ac.signal, (e) => console.log('listener', e.type, ac.signal.reason));
console.log(typeof d, typeof d[Symbol.dispose]);
ac.abort('why');
ac.abort('twice');
const pre = addAbortListener(AbortSignal.abort(), (...args) => console.log('pre-aborted args', args.length));
console.log('sync after pre-aborted');
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('should not run'));
d2[Symbol.dispose]();
ac2.abort();
pre[Symbol.dispose]();
for (const args of [[undefined, () => {}], [{}, () => {}], [ac.signal, 'x']]) {
  try { addAbortListener(...args); } catch (e) { console.log(e.code, e.message); }
}
