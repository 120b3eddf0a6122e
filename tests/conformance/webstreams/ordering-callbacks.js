// When source/sink callbacks run and their results are seen, in
// microtask turns after construction.
let turn = 0;
let chain = Promise.resolve();
for (let i = 0; i < 20; i++) chain = chain.then(() => { turn++; });
const rs1 = new ReadableStream({ start() { return Promise.reject(new Error('x')); } });
rs1.getReader().closed.catch(() => console.log('start rejected seen at', turn));
const rs2 = new ReadableStream({ pull() { throw new Error('y'); } });
rs2.getReader().read().catch(() => console.log('pull threw seen at', turn));
const rs3 = new ReadableStream({ pull() { return Promise.reject(new Error('r')); } });
rs3.getReader().read().catch(() => console.log('pull rejected seen at', turn));
let n = 0;
new ReadableStream({
  pull(c) { console.log('pull', n, 'at', turn); c.enqueue(n++); if (n > 2) c.close(); return Promise.resolve(); },
}, { highWaterMark: 2 });
new ReadableStream({ cancel() { return Promise.reject(new Error('c')); } })
  .cancel().catch(() => console.log('cancel rejected at', turn));
new ReadableStream({ cancel() {} }).cancel().then(() => console.log('cancel resolved at', turn));
const ws = new WritableStream({ write() { return Promise.reject(new Error('w')); } });
ws.getWriter().write(1).catch(() => console.log('write rejected at', turn));
const ws2 = new WritableStream({ write() { console.log('sink write at', turn); } });
ws2.getWriter().write(1).then(() => console.log('write resolved at', turn));
new WritableStream({ close() {} }).getWriter().close().then(() => console.log('close resolved at', turn));
new WritableStream({ abort() {} }).getWriter().abort().then(() => console.log('abort resolved at', turn));
const ts = new TransformStream({ transform(c, ctl) { console.log('transform at', turn); ctl.enqueue(c); } });
ts.writable.getWriter().write(1);
ts.readable.getReader().read().then(() => console.log('transformed read at', turn));
const ts2 = new TransformStream({ cancel(r) { console.log('transformer cancel', r); } });
ts2.readable.cancel('why').then(() => console.log('cancelled at', turn));
ts2.writable.getWriter().closed.catch((e) => console.log('writable errored', e, 'at', turn));
