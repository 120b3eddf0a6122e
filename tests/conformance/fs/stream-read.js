'use strict';
const { fs, p, err, tryIt } = require('./_helper');
const f = p('f.txt');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');
const rs = fs.createReadStream(f, { start: 2, end: 9, highWaterMark: 3 });
console.log('pending', rs.pending, rs.path === f, rs.fd, rs instanceof fs.ReadStream);
rs.on('open', (fd) => console.log('open', typeof fd));
rs.on('ready', () => console.log('ready'));
const chunks = [];
rs.on('data', (c) => chunks.push(c.toString()));
rs.on('end', () => console.log('end', chunks, rs.bytesRead));
rs.on('close', () => {
  console.log('close', rs.destroyed);
  fs.createReadStream(p('nope')).on('error', (e) => {
    console.log(err(e));
    const enc = fs.createReadStream(f, { encoding: 'utf8', end: 4 });
    enc.on('data', (s) => console.log('string chunk', typeof s, s));
    enc.on('close', () => {
      tryIt('start > end', () => fs.createReadStream(f, { start: 5, end: 2 }));
      tryIt('negative start', () => fs.createReadStream(f, { start: -1 }));
      tryIt('bad end', () => fs.createReadStream(f, { end: 'x' }));
      tryIt('bad encoding', () => fs.createReadStream(f, 'nope'));
      const fd = fs.openSync(f, 'r');
      const byFd = fs.createReadStream(null, { fd, start: 20 });
      let text = '';
      byFd.on('data', (c) => { text += c; });
      byFd.on('end', () => console.log('by fd', text, byFd.bytesRead));
      byFd.on('close', () => {
        tryIt('fd closed by autoClose', () => fs.fstatSync(fd));
        fs.promises.open(f).then((fh) => {
          const fromHandle = fh.createReadStream({ start: 24 });
          fromHandle.on('data', (c) => console.log('filehandle stream', c.toString()));
          fromHandle.on('close', () => console.log('handle closed', fh.fd));
        });
      });
    });
  });
});
