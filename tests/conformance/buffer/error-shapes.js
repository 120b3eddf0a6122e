// Error objects from buffer methods: class, code, message and how they print.
const util = require('util');
function show(fn) {
  try {
    fn();
  } catch (err) {
    console.log(err instanceof RangeError, err instanceof TypeError, err.name, err.code);
    console.log(String(err));
    console.log(Object.keys(err));
    console.log(util.inspect(err).split('\n')[0]);
  }
}
show(() => Buffer.alloc(3).readUInt8(3));
show(() => Buffer.alloc(3).writeUInt8(256));
show(() => Buffer.from('x', 'xyz'));
show(() => Buffer.alloc(3).swap16());
show(() => Buffer.from(new ArrayBuffer(2), 3));
show(() => Buffer.alloc(2).readUInt16LE(1));
show(() => Buffer.alloc(0).readUInt32LE(0));
show(() => Buffer.from(5));
