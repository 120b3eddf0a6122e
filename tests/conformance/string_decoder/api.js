const { StringDecoder } = require('string_decoder');
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
t('inspect', () => new StringDecoder('utf8'));
t('inspect hex', () => new StringDecoder('hex'));
t('keys', () => Object.keys(new StringDecoder()));
t('proto', () => Object.getOwnPropertyNames(StringDecoder.prototype));
for (const e of [undefined, null, '', 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'Latin1',
  'base64', 'base64url', 'hex', 'ascii', 'nope', 'utf-16', 1, {}]) {
  t(`encoding ${String(e)}`, () => new StringDecoder(e).encoding);
}
t('write string', () => new StringDecoder().write('str'));
t('write number', () => new StringDecoder().write(5));
t('write array', () => new StringDecoder().write([1]));
t('write null', () => new StringDecoder().write(null));
t('write uint16array', () => JSON.stringify(new StringDecoder('utf8').write(new Uint16Array([0xa9c3, 0x41]))));
t('write dataview', () => new StringDecoder('hex').write(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)));
t('end empty', () => JSON.stringify(new StringDecoder('utf8').end()));
t('end with buf', () => new StringDecoder('base64').end(Buffer.from('a')));
t('end bad', () => new StringDecoder().end(5));
const u = new StringDecoder('utf8');
u.write(Buffer.from([0xe2, 0x82]));
t('lastNeed/lastTotal', () => [u.lastNeed, u.lastTotal]);
t('lastChar', () => u.lastChar);
t('text', () => JSON.stringify(u.text(Buffer.from('xyz'), 1)));
t('after text', () => [u.lastNeed, u.lastTotal, JSON.stringify(u.end())]);
const v = new StringDecoder('utf16le');
v.write(Buffer.from([0x41]));
t('utf16 state', () => [v.lastNeed, v.lastTotal, v.lastChar]);
const b = new StringDecoder('base64');
b.write(Buffer.from([1, 2, 3, 4]));
t('base64 state', () => [b.lastNeed, b.lastTotal]);
t('reuse after end', () => {
  const d = new StringDecoder();
  d.write(Buffer.from([0xe2]));
  d.end();
  return d.write(Buffer.from('ok'));
});
t('module keys', () => Object.keys(require('string_decoder')));
