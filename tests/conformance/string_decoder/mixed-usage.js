// A decoder fed by a simulated stream of odd-sized chunks, per encoding.
const { StringDecoder } = require('string_decoder');
const text = 'Grüße, 世界! 😀🎉 done';
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  const bytes = Buffer.from(text, enc === 'base64' || enc === 'hex' ? 'utf8' : enc);
  const expected = bytes.toString(enc);
  for (const size of [1, 2, 3, 5, 7]) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
    out += d.end();
    console.log(enc, size, out === expected);
  }
}
