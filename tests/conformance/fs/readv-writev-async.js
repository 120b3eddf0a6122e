'use strict';
const { fs, p, tryIt } = require('./_helper');
const fd = fs.openSync(p('v.txt'), 'w+');
const out = [Buffer.from('12'), Buffer.from('345')];
fs.writev(fd, out, 0, (e, n, bufs) => {
  console.log('writev', e, n, bufs === out, fs.readFileSync(p('v.txt'), 'utf8'));
  const into = [Buffer.alloc(1), Buffer.alloc(9)];
  fs.readv(fd, into, 0, (e2, n2, bufs2) => {
    console.log('readv', e2, n2, bufs2 === into, into[0].toString(), into[1].toString('utf8', 0, 4));
    fs.writev(fd, [Buffer.from('!')], (e3, n3) => {
      console.log('writev no position', e3, n3, fs.readFileSync(p('v.txt'), 'utf8'));
      tryIt('readv no cb', () => fs.readv(fd, into, 0));
      (async () => {
        const fh = await fs.promises.open(p('v.txt'), 'r+');
        const r = await fh.writev([Buffer.from('ab'), Buffer.from('c')], 1);
        console.log('fh.writev', r.bytesWritten, r.buffers.length, fs.readFileSync(p('v.txt'), 'utf8'));
        const bs = [Buffer.alloc(3), Buffer.alloc(3)];
        const r2 = await fh.readv(bs, 0);
        console.log('fh.readv', r2.bytesRead, r2.buffers === bs, bs.map(String));
        await fh.close();
        fs.closeSync(fd);
      })();
    });
  });
});
