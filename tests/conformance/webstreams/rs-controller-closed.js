// Enqueue/close after close or error throw ERR_INVALID_STATE.
const show = (e) => console.log(e.name, e.code, e.message);
let c1;
const rs = new ReadableStream({ start(c) { c1 = c; } });
c1.enqueue('queued');
c1.close();
try { c1.enqueue(1); } catch (e) { show(e); }
try { c1.close(); } catch (e) { show(e); }
const reader = rs.getReader();
reader.read().then((r) => {
  console.log(r);
  return reader.read();
}).then((r) => console.log(r));
let c2;
new ReadableStream({ start(c) { c2 = c; } }).getReader().closed.catch(() => {});
c2.error(new Error('x'));
try { c2.close(); } catch (e) { show(e); }
c2.error(new Error('again'));
console.log('error twice is fine');
