'use strict';
const { fs, p } = require('./_helper');
const f = p('w.txt');
const fd = fs.openSync(f, 'w+');
const show = () => JSON.stringify(fs.readFileSync(f, 'utf8'));
const steps = [
  (next) => fs.write(fd, Buffer.from('hello'), (e, n, b) => next(e, n, b.toString())),
  (next) => fs.write(fd, Buffer.from('abcd'), 1, (e, n, b) => next(e, n, b.toString())),
  (next) => fs.write(fd, Buffer.from('abcd'), 1, 2, (e, n) => next(e, n)),
  (next) => fs.write(fd, Buffer.from('XY'), 0, 2, 0, (e, n) => next(e, n)),
  (next) => fs.write(fd, Buffer.from('---'), { length: 1, position: 2 }, (e, n) => next(e, n)),
  (next) => fs.write(fd, 'str', (e, n, s) => next(e, n, s)),
  (next) => fs.write(fd, 'P', 1, (e, n, s) => next(e, n, s)),
  (next) => fs.write(fd, '6566', 3, 'hex', (e, n, s) => next(e, n, s)),
];
let i = 0;
function run() {
  if (i === steps.length) {
    fs.closeSync(fd);
    fs.write(fd, 'x', (e, n) => console.log('closed', e.code, e.syscall, n));
    return;
  }
  steps[i++]((...r) => {
    console.log(i, ...r, show());
    run();
  });
}
run();
