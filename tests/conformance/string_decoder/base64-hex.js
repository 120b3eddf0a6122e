const { StringDecoder } = require('string_decoder');
function run(enc, chunks, endChunk) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(endChunk === undefined ? d.end() : d.end(Buffer.from(endChunk)));
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
run('base64', [[1], [2, 3, 4], [5]]);
run('base64', [[1, 2, 3]]);
run('base64', [[1, 2], [3]]);
run('base64', [[1], [2], [3], [4]]);
run('base64', [[0xff, 0xfe, 0xfd, 0xfc, 0xfb]]);
run('base64', [[1]], [2]);
run('base64url', [[0xff, 0xfe], [0xfd, 0xfc]]);
run('base64url', [[0xfb, 0xff]]);
run('hex', [[1, 0xab], [0xff]]);
run('hex', [[]], [0x10]);
run('latin1', [[0xe9, 0x41], [0xff]]);
run('binary', [[0x80]]);
run('ascii', [[0xe9, 0x41, 0x7f, 0x80]]);
const data = Buffer.from('The quick brown fox jumps');
for (let size = 1; size <= 5; size++) {
  const d = new StringDecoder('base64');
  let s = '';
  for (let i = 0; i < data.length; i += size) s += d.write(data.subarray(i, i + size));
  s += d.end();
  console.log(size, s === data.toString('base64'));
}
