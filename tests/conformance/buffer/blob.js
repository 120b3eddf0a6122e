const { Blob } = require('buffer');
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
for (const a of [null, 'abc', 1, {}]) t(`sources ${String(a)}`, () => new Blob(a));
t('bad endings', () => new Blob([], { endings: 'x' }));
t('bad options', () => new Blob([], 5));
const b = new Blob(['a\r\nb', new Uint8Array([65, 66]), new Blob(['zz']), 5, {}],
  { type: 'Text/Plain', endings: 'native' });
t('size/type', () => [b.size, b.type]);
t('inspect', () => b);
t('slice', () => b.slice(1, -2, 'X/Y'));
t('slice neg', () => b.slice(-3).size);
t('slice past', () => [b.slice(100).size, b.slice(5, 2).size, b.slice(-100, 2).size]);
t('toStringTag', () => Object.prototype.toString.call(b));
t('non-ascii type', () => new Blob([], { type: 'é' }).type);
t('empty', () => new Blob());
t('transparent', () => new Blob(['a\r\n']).size);
t('arraybuffer part', () => new Blob([new ArrayBuffer(3), new DataView(new ArrayBuffer(2))]).size);
t('instanceof', () => [b instanceof Blob, typeof Blob.prototype.text]);
t('keys', () => [Object.keys(b), Object.getOwnPropertyNames(Blob.prototype).filter((k) => k !== 'stream')]);
(async () => {
  console.log('text', JSON.stringify(await b.text()));
  console.log('arrayBuffer', await b.slice(2, 4).arrayBuffer());
  console.log('slice text', await b.slice(1, 4).text());
  console.log('utf8 text', await new Blob([Buffer.from([0xe2, 0x82, 0xac, 0xff])]).text());
  const part = new Uint8Array([1, 2]);
  const copied = new Blob([part]);
  part[0] = 9;
  console.log('copied', new Uint8Array(await copied.arrayBuffer()));
})();
