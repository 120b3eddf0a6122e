const { StringDecoder } = require('string_decoder');
function run(chunks, enc = 'utf16le') {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
run([[0x3d], [0xd8, 0x00], [0xde, 0x41, 0x00]]);
run([[0x3d, 0xd8]]);
run([[0x41, 0x00, 0x42]]);
run([[0x3d, 0xd8, 0x41]]);
run([[0x3d, 0xd8], [0x00, 0xde]]);
run([[0x3d, 0xd8], [0x00], [0xde]]);
run([[0x41], [0x00]], 'ucs2');
run([[0x41, 0x00, 0x3d, 0xd8], [0x00, 0xde, 0x42, 0x00]], 'ucs-2');
run([[0x00, 0xde]], 'utf-16le');
run([[0xac, 0x20, 0x68]], 'UTF16LE');
const text = 'hé€😀!';
const bytes = Buffer.from(text, 'utf16le');
for (let split = 0; split <= bytes.length; split++) {
  const d = new StringDecoder('utf16le');
  const parts = [d.write(bytes.subarray(0, split)), d.write(bytes.subarray(split)), d.end()];
  console.log(split, JSON.stringify(parts), parts.join('') === text);
}
