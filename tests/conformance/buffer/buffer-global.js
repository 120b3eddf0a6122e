// The Buffer global and the module export are the same class.
console.log(typeof Buffer, Buffer === require('buffer').Buffer, Buffer === require('node:buffer').Buffer);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer') !== undefined);
console.log(Buffer.from('abc') instanceof require('buffer').Buffer);
class Sub extends Buffer {}
console.log(typeof Sub.from, Sub.name);
console.log(Buffer.prototype.readUInt8.name, Buffer.prototype.writeBigUint64LE.name, Buffer.from.name, Buffer.alloc.length);
console.log(Object.getOwnPropertyNames(Buffer).sort().join(' '));
