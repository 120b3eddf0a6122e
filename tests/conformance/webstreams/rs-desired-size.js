// desiredSize follows the queue and the high-water mark.
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3 });
console.log(ctl.desiredSize);
ctl.enqueue(1);
ctl.enqueue(2);
console.log(ctl.desiredSize);
ctl.enqueue(3);
ctl.enqueue(4);
console.log(ctl.desiredSize);
const reader = rs.getReader();
reader.read().then(() => {
  console.log(ctl.desiredSize);
  ctl.close();
  console.log(ctl.desiredSize);
  return reader.read();
}).then(() => reader.read()).then(() => reader.read()).then((r) => {
  console.log(r, ctl.desiredSize);
});
let ctl2;
new ReadableStream({ start(c) { ctl2 = c; } });
ctl2.error(new Error('e'));
console.log(ctl2.desiredSize);
let ctl3;
new ReadableStream({ start(c) { ctl3 = c; } }, { highWaterMark: 0 });
console.log(ctl3.desiredSize);
