const { check } = require('./_check');
check('alloc 5', () => Buffer.alloc(5));
check('alloc fill num', () => Buffer.alloc(5, 257));
check('alloc fill str', () => Buffer.alloc(5, 'ab'));
check('alloc fill hex', () => Buffer.alloc(5, 'aabb', 'hex'));
check('alloc fill base64', () => Buffer.alloc(7, 'aGk=', 'base64'));
check('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
check('alloc fill utf8 multi', () => Buffer.alloc(5, '€'));
check('alloc fill bad hex', () => Buffer.alloc(5, 'zz', 'hex'));
check('alloc fill unknown enc', () => Buffer.alloc(5, 'a', 'nope'));
check('alloc 0 fill', () => Buffer.alloc(0, 'abc'));
check('alloc fill empty string', () => Buffer.alloc(3, ''));
check('alloc -1', () => Buffer.alloc(-1));
check('alloc NaN', () => Buffer.alloc(NaN));
check('alloc str', () => Buffer.alloc('5'));
check('alloc huge', () => Buffer.alloc(2 ** 33));
check('alloc 1.5', () => Buffer.alloc(1.5));
check('allocUnsafe', () => Buffer.allocUnsafe(4).length);
check('allocUnsafe bad', () => Buffer.allocUnsafe(-5));
check('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(3).length);
check('allocUnsafeSlow bad', () => Buffer.allocUnsafeSlow('x'));
check('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null)]);
check('instanceof', () => {
  const b = Buffer.alloc(1);
  return [b instanceof Buffer, b instanceof Uint8Array, b.constructor === Buffer,
    Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
    Object.getPrototypeOf(Buffer) === Uint8Array];
});
const { SlowBuffer } = require('buffer');
check('SlowBuffer', () => {
  const b = SlowBuffer(3);
  return [b.length, b instanceof Buffer];
});
