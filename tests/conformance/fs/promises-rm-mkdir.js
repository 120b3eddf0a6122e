'use strict';
const { fs, p, clean, tryAsync } = require('./_helper');
const fsp = require('fs/promises');
(async () => {
  await tryAsync('mkdir recursive', async () => clean(await fsp.mkdir(p('a', 'b', 'c'), { recursive: true })));
  await fsp.writeFile(p('a', 'b', 'c', 'f'), 'x');
  await tryAsync('rm dir', () => fsp.rm(p('a')));
  await tryAsync('rm force missing', () => fsp.rm(p('nope'), { force: true }));
  await tryAsync('rm recursive', () => fsp.rm(p('a'), { recursive: true }));
  await tryAsync('rmdir missing', () => fsp.rmdir(p('a')));
  await tryAsync('rm bad options', () => fsp.rm(p('a'), { recursive: 'x' }));
  await tryAsync('mkdir bad mode', () => fsp.mkdir(p('q'), { mode: 'bad' }));
  await tryAsync('mkdtemp', async () => typeof (await fsp.mkdtemp(p('t-'))));
  console.log(fs.readdirSync(p()).length);
})();
