const { check } = require('./_check');
function stream(label, chunks, opts) {
  check(label, () => {
    const d = new TextDecoder(opts && opts.encoding, opts);
    const out = chunks.map((c) => d.decode(new Uint8Array(c), { stream: true }));
    out.push(d.decode());
    return JSON.stringify(out);
  });
}
const text = Buffer.from('\ufeffhé€😀x');
stream('bytewise', [...text].map((b) => [b]));
stream('pairs', [[0xef, 0xbb], [0xbf, 0x68], [0xc3], [0xa9, 0xe2, 0x82], [0xac]]);
stream('bytewise ignoreBOM', [...text].map((b) => [b]), { ignoreBOM: true });
stream('split emoji then ascii', [[0xf0, 0x9f], [0x41]]);
stream('incomplete at end', [[0x41, 0xe2, 0x82]]);
stream('invalid prefix', [[0xe0, 0x80], [0x41]]);
stream('BOM only mid-stream kept', [[0x41], [0xef, 0xbb, 0xbf]]);
stream('empty chunks', [[], [0xc3], [], [0xa9], []]);
stream('utf16le pair split', [[0x3d, 0xd8], [0x00, 0xde, 0x41]], { encoding: 'utf-16le' });
stream('utf16le odd split', [[0x41], [0x00, 0x42], [0x00]], { encoding: 'utf-16le' });
stream('utf16le odd at end', [[0x41, 0x00, 0x42]], { encoding: 'utf-16le' });
stream('utf16le lone high at end', [[0x3d, 0xd8]], { encoding: 'utf-16le' });
stream('utf16le BOM split', [[0xff], [0xfe, 0x41, 0x00]], { encoding: 'utf-16le' });
stream('utf16be', [[0x00], [0x41, 0xd8, 0x3d], [0xde, 0x00]], { encoding: 'utf-16be' });
check('reuse after end', () => {
  const d = new TextDecoder();
  return JSON.stringify([d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62]))]);
});
check('reuse after incomplete end', () => {
  const d = new TextDecoder();
  return [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(), d.decode(new Uint8Array([0x82, 0x41]))];
});
check('fatal stream ok', () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac]))];
});
check('fatal incomplete end', () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  d.decode(new Uint8Array([0xe2, 0x82]), { stream: true });
  return d.decode();
});
check('fatal resets', () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  try { d.decode(new Uint8Array([0xff])); } catch {}
  return d.decode(new Uint8Array([0x61]));
});
