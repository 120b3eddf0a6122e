'use strict';
const { fs, p, tryAsync } = require('./_helper');
(async () => {
  const fh = await fs.promises.open(p('c.txt'), 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  await fh.close();
  console.log(fh.fd);
  await tryAsync('close again', () => fh.close());
  await tryAsync('missing', () => fs.promises.open(p('zzz')));
  await tryAsync('bad flags', () => fs.promises.open(p('c.txt'), 'q'));
})();
