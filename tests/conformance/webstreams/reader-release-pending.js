// Releasing a reader with reads pending rejects them.
const rs = new ReadableStream();
const r = rs.getReader();
const p1 = r.read();
const p2 = r.read();
r.releaseLock();
p1.catch((e) => console.log('p1', e.name, e.code, e.message));
p2.catch((e) => console.log('p2', e.name, e.code, e.message));
r.closed.catch((e) => console.log('closed', e.name, e.code, e.message));
const r2 = rs.getReader();
console.log(r2.closed !== r.closed);
const closedRs = new ReadableStream({ start(c) { c.close(); } });
const r3 = closedRs.getReader();
r3.closed.then(() => {
  r3.releaseLock();
  return r3.closed;
}).catch((e) => console.log('after release', e.message));
