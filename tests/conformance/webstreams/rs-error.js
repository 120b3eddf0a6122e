// controller.error() rejects pending and later reads and the closed promise.
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue('kept?'); } });
const reader = rs.getReader();
const err = new Error('broken');
reader.closed.catch((e) => console.log('closed', e === err));
ctl.error(err);
reader.read().catch((e) => console.log('read', e === err));
ctl.error(new Error('ignored'));
console.log(ctl.desiredSize);
try {
  ctl.enqueue(1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
let ctl2;
const rs2 = new ReadableStream({ start(c) { ctl2 = c; } });
const r2 = rs2.getReader();
const p = r2.read();
ctl2.error('string reason');
p.catch((e) => console.log('pending read', e));
