'use strict';
const { fs, p, tryAsync } = require('./_helper');
const fsp = fs.promises;
(async () => {
  const f = p('w.txt');
  console.log(await fsp.writeFile(f, 'alpha'));
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, ['a', 'b', Buffer.from('c')]);
  console.log('iterable', await fsp.readFile(f, 'utf8'));
  async function* gen() {
    yield 'x';
    yield Buffer.from('y');
  }
  await fsp.writeFile(f, gen());
  console.log('async iterable', await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, '7a', { encoding: 'hex', flag: 'a' });
  console.log('append flag', await fsp.readFile(f, 'utf8'));
  await tryAsync('number data', () => fsp.writeFile(f, 5));
  await tryAsync('missing dir', () => fsp.writeFile(p('no', 'x'), 'x'));
  const ac = new AbortController();
  ac.abort();
  await tryAsync('aborted', () => fsp.writeFile(f, 'x', { signal: ac.signal }));
  console.log('after abort', await fsp.readFile(f, 'utf8'));
})();
