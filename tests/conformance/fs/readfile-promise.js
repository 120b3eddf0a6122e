'use strict';
const { fs, p, tryAsync } = require('./_helper');
const fsp = require('fs/promises');
(async () => {
  await fsp.writeFile(p('t.txt'), 'promise data');
  const b = await fsp.readFile(p('t.txt'));
  console.log(Buffer.isBuffer(b), b.toString());
  console.log(await fsp.readFile(p('t.txt'), 'utf8'));
  console.log(await fsp.readFile(new URL(`file://${p('t.txt')}`), { encoding: 'hex' }));
  await tryAsync('missing', () => fsp.readFile(p('nope')));
  await tryAsync('fd number', () => fsp.readFile(5));
  await tryAsync('bad encoding', () => fsp.readFile(p('t.txt'), 'nope'));
  const fh = await fsp.open(p('t.txt'));
  console.log('filehandle', await fsp.readFile(fh, 'utf8'));
  await fh.close();
})();
