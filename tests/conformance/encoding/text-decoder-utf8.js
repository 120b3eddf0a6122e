const { check } = require('./_check');
const d = new TextDecoder();
const cases = [
  [], [0x61, 0x62], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xff], [0x80],
  [0xc3], [0xe2, 0x82], [0xe0, 0x80, 0x41], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0xaf], [0xf0, 0x9f, 0x98], [0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
  [0x41, 0xef, 0xbb, 0xbf], [0x00],
];
for (const bytes of cases) {
  check(`decode [${bytes}]`, () => d.decode(new Uint8Array(bytes)));
  check(`fatal [${bytes}]`, () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)));
  check(`ignoreBOM [${bytes}]`, () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes)));
}
check('no input', () => d.decode());
check('undefined input', () => d.decode(undefined));
check('arraybuffer', () => d.decode(new Uint8Array([0x68, 0x69]).buffer));
check('dataview', () => d.decode(new DataView(new Uint8Array([0x61, 0x68, 0x69]).buffer, 1)));
check('uint16array', () => d.decode(new Uint16Array([0x6968])));
check('buffer slice', () => d.decode(Buffer.from('xhey').subarray(1)));
check('string input', () => d.decode('abc'));
check('array input', () => d.decode([1, 2]));
check('null input', () => d.decode(null));
check('bad options', () => d.decode(new Uint8Array(1), 5));
