'use strict';
const { p, tryAsync } = require('./_helper');
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open(p('f.txt'), 'w+');
  await tryAsync('read bad buffer', () => fh.read('x', 0, 1, 0));
  await tryAsync('read length too big', () => fh.read(Buffer.alloc(2), 0, 5, 0));
  await tryAsync('write number', () => fh.write(5));
  await tryAsync('truncate string', () => fh.truncate('x'));
  await tryAsync('chmod bad', () => fh.chmod('zz'));
  await tryAsync('writev bad', () => fh.writev('x'));
  await tryAsync('utimes bad', () => fh.utimes({}, 1));
  await fh.close();
  const ro = await fsp.open(p('f.txt'), 'r');
  await tryAsync('write read-only', () => ro.write('x'));
  await ro.close();
})();
