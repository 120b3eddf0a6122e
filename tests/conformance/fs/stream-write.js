'use strict';
const { fs, p, err } = require('./_helper');
const w = p('w.txt');
const ws = fs.createWriteStream(w);
console.log('pending', ws.pending, ws.path === w, ws instanceof fs.WriteStream);
ws.on('open', (fd) => console.log('open', typeof fd));
ws.on('ready', () => console.log('ready'));
ws.write('hello ');
ws.write(Buffer.from('world'));
ws.end('!', () => {
  console.log('finished', ws.bytesWritten, fs.readFileSync(w, 'utf8'));
});
ws.on('close', () => {
  console.log('close');
  const ws2 = fs.createWriteStream(w, { flags: 'r+', start: 2 });
  ws2.end('XY', () => {
    console.log('start 2', fs.readFileSync(w, 'utf8'));
    const ap = fs.createWriteStream(w, { flags: 'a' });
    ap.write('6162', 'hex');
    ap.end(() => {
      console.log('append hex', fs.readFileSync(w, 'utf8'));
      const bad = fs.createWriteStream(p('no', 'dir', 'x'));
      bad.on('error', (e) => {
        console.log(err(e));
        const c = fs.createWriteStream(p('c.txt'));
        c.write('closing');
        c.close(() => console.log('close callback', fs.readFileSync(p('c.txt'), 'utf8')));
      });
    });
  });
});
