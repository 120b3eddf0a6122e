// write() in each encoding into a small buffer: bytes written and contents.
const s = 'hé€😀';
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  const input = enc === 'hex' ? 'c3a9e282ac' : enc.startsWith('base64') ? 'aMOp4oKs8J-YgA' : s;
  for (const size of [3, 5, 16]) {
    const b = Buffer.alloc(size);
    const n = b.write(input, enc);
    console.log(enc, size, n, b.toString('hex'));
  }
}
