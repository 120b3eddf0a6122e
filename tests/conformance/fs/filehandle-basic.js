'use strict';
const { fs, p, err } = require('./_helper');
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open(p('f.txt'), 'w+');
  console.log(fh.constructor.name, typeof fh.fd, typeof fh.on, typeof fh.emit);
  console.log(await fh.write('hello'), await fh.write(Buffer.from('xyz'), 0, 3, 10));
  console.log(await fh.write(Buffer.from('abc'), { offset: 1, length: 1, position: 6 }));
  console.log(await fh.write('6869', 7, 'hex'));
  const r1 = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log(r1.bytesRead, r1.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(2), position: 1 });
  console.log(r2.bytesRead, r2.buffer.toString());
  const r3 = await fh.read(Buffer.alloc(3), { position: 6 });
  console.log(r3.bytesRead, r3.buffer.toString('latin1'));
  const r4 = await fh.read();
  console.log(r4.bytesRead, r4.buffer.length);
  const st = await fh.stat();
  console.log(st.size, st.isFile(), typeof (await fh.stat({ bigint: true })).size);
  await fh.truncate(5);
  console.log((await fh.stat()).size);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  console.log((fs.statSync(p('f.txt')).mode & 0o777).toString(8));
  await fh.utimes(1000, 2000);
  console.log(fs.statSync(p('f.txt')).mtimeMs);
  await fh.chown(st.uid, st.gid);
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  console.log('fd after close', fh.fd, 'close event', closed);
  for (const [name, fn] of [['read', () => fh.read()], ['stat', () => fh.stat()], ['write', () => fh.write('x')],
    ['readFile', () => fh.readFile()], ['truncate', () => fh.truncate()], ['close', () => fh.close()]]) {
    try {
      await fn();
      console.log(name, 'ok');
    } catch (e) {
      console.log(name, err(e));
    }
  }
})();
