const { check } = require('./_check');
check('array', () => Buffer.from([1, 2, 3]));
check('array wrap', () => Buffer.from([256, -1, 1.7, '7', 'x', null, true]));
check('array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
check('array-like bad length', () => Buffer.from({ length: 'x' }));
check('json shape', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
check('buffer copy', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0;
  return [a, b];
});
check('uint16array', () => Buffer.from(new Uint16Array([1, 256, 513])));
check('float array', () => Buffer.from(new Float64Array([1.5, 300])));
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([1, 2, 3, 4, 5, 6, 7, 8]);
check('arraybuffer', () => Buffer.from(ab));
check('arraybuffer offset', () => Buffer.from(ab, 2));
check('arraybuffer offset length', () => Buffer.from(ab, 2, 3));
check('arraybuffer NaN offset', () => Buffer.from(ab, 'x', 2));
check('arraybuffer negative length', () => Buffer.from(ab, 1, -5));
check('arraybuffer offset too big', () => Buffer.from(ab, 9));
check('arraybuffer length too big', () => Buffer.from(ab, 4, 5));
check('shares memory', () => {
  const b = Buffer.from(ab, 1, 2);
  b[0] = 99;
  return [view[1], b.buffer === ab, b.byteOffset];
});
check('typed array .buffer', () => Buffer.from(new Uint16Array([0x0102, 0x0304]).buffer));
check('valueOf string', () => Buffer.from(new String('abc')));
check('valueOf object', () => Buffer.from({ valueOf() { return [7, 8]; } }));
check('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
check('toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'ff00'; } }, 'hex'));
for (const bad of [undefined, null, 5, true, Symbol('s'), () => {}, {}]) {
  check(`bad ${typeof bad}`, () => Buffer.from(bad));
}
check('Buffer(n)', () => Buffer(3));
check('new Buffer(str)', () => new Buffer('ab'));
check('Buffer(n, enc)', () => Buffer(3, 'utf8'));
check('of', () => Buffer.of(1, 2, 300));
check('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
check('copyBytesFrom all', () => Buffer.copyBytesFrom(new Uint8Array([5, 6])));
check('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
