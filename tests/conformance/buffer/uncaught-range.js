console.log('before');
Buffer.alloc(2).writeUInt8(300);
console.log('not reached');
