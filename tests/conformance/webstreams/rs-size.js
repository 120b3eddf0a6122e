// A size() strategy weighs each chunk.
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } }, {
  highWaterMark: 10,
  size(chunk) { return chunk.length; },
});
ctl.enqueue('abc');
console.log(ctl.desiredSize);
ctl.enqueue('defgh');
console.log(ctl.desiredSize);
ctl.enqueue('ijk');
console.log(ctl.desiredSize);
rs.getReader().read().then((r) => console.log(r, ctl.desiredSize));
let ctl2;
const rs2 = new ReadableStream({ start(c) { ctl2 = c; } }, { size() { throw new Error('bad size'); } });
try {
  ctl2.enqueue('x');
} catch (e) {
  console.log('enqueue threw', e.message);
}
rs2.getReader().closed.catch((e) => console.log('closed rejected', e.message));
for (const bad of [-1, NaN, Infinity]) {
  let c;
  new ReadableStream({ start(x) { c = x; } }, { size: () => bad }).getReader().closed.catch(() => {});
  try {
    c.enqueue(1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
