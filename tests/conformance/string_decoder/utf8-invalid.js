// Invalid and truncated UTF-8 through StringDecoder, one write each.
const { StringDecoder } = require('string_decoder');
const cases = [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe], [0xc3, 0x28],
  [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0x61, 0xf0, 0x9f], [0xe2, 0x82, 0xac, 0x80]];
for (const bytes of cases) {
  const d = new StringDecoder('utf8');
  const out = [d.write(Buffer.from(bytes)), d.end()];
  console.log(JSON.stringify(bytes), JSON.stringify(out), out.join('') === Buffer.from(bytes).toString() || 'differs');
}
