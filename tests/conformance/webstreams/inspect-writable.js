// util.inspect of writable streams, writers and controllers.
const util = require('util');
const ws = new WritableStream();
console.log(util.inspect(ws));
const writer = ws.getWriter();
console.log(util.inspect(writer));
let ctl;
new WritableStream({ start(c) { ctl = c; } });
console.log(util.inspect(ctl));
writer.close().then(() => {
  console.log(util.inspect(ws));
  console.log(util.inspect(writer));
});
const bp = new WritableStream({}, { highWaterMark: 0 });
console.log(util.inspect(bp.getWriter()));
