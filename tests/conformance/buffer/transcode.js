const { transcode } = require('buffer');
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
const src = Buffer.from('héllo €😀');
for (const [from, to] of [['utf8', 'ucs2'], ['utf8', 'latin1'], ['utf8', 'ascii'], ['utf8', 'utf16le'],
  ['utf8', 'binary'], ['utf8', 'utf8']]) {
  t(`${from}->${to}`, () => transcode(src, from, to));
}
t('latin1->utf8', () => transcode(Buffer.from([0x68, 0xe9]), 'latin1', 'utf8'));
t('ucs2->utf8', () => transcode(Buffer.from('hé€', 'ucs2'), 'ucs2', 'utf8'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t('bad source', () => transcode('abc', 'utf8', 'ucs2'));
t('bad encoding', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
