const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(60, 3));
console.log([Buffer.from('a')], { b: Buffer.from('xyz') });
const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'baz';
console.log(extra);
const emptyExtra = Buffer.alloc(0);
emptyExtra.x = [1, 2];
console.log(emptyExtra);
console.log(util.inspect(Buffer.from('abc'), { depth: 0 }));
console.log(util.inspect({ nested: { deep: { buf: Buffer.from('q') } } }, { depth: 0 }));
console.log(util.format('%s|%o|%j', Buffer.from('s'), Buffer.from('o'), Buffer.from('j')));
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (err) {
  console.log(err.code, err.message);
}
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('m'), MyBuf.prototype));
console.log(new Uint8Array(Buffer.from('u')));
console.log(Buffer.from('i').inspect());
