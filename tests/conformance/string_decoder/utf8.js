const { StringDecoder } = require('string_decoder');
function run(chunks, endChunk) {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(endChunk === undefined ? d.end() : d.end(Buffer.from(endChunk)));
  console.log(JSON.stringify(chunks), JSON.stringify(out));
}
run([[0xe2], [0x82], [0xac]]);
run([[0xe2, 0x82]]);
run([[0xe2], [0x41]]);
run([[0xe0, 0x80], [0x41]]);
run([[0xf0, 0x9f, 0x98], [0x80, 0x41]]);
run([[0x80, 0x80, 0x80, 0x80]]);
run([[0xff, 0xc3]]);
run([[0x41, 0x80, 0x80, 0x80]]);
run([[0xf0], [0x9f], [0x98], [0x80]]);
run([[0xf0, 0x9f]], [0x98, 0x80]);
run([[0xc3, 0xa9, 0xe2]], [0x41]);
run([[0xc3], [0xc3], [0xa9]]);
run([[0xf8, 0x80]]);
run([[0xe2, 0x82], [0xac, 0xe2], [0x82, 0xac]]);
run([[], [0x61], []]);
run([[0xed, 0xa0], [0x80]]);
run([[0xf0, 0x9f], [0x98, 0x41]]);
const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let split = 0; split <= bytes.length; split++) {
  const d = new StringDecoder();
  const got = d.write(bytes.subarray(0, split)) + d.write(bytes.subarray(split)) + d.end();
  console.log(split, got === text);
}
const one = new StringDecoder('utf-8');
let acc = '';
for (const b of bytes) acc += one.write(Buffer.from([b]));
console.log(JSON.stringify(acc + one.end()));
