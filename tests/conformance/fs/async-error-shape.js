'use strict';
const { fs, p, clean } = require('./_helper');
const shape = (e) => [e instanceof Error, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message)];
fs.open(p('nope'), 'r', (e) => {
  console.log('open', shape(e));
  fs.rename(p('nope'), p('x'), (e2) => {
    console.log('rename', shape(e2));
    fs.read(99999, Buffer.alloc(1), 0, 1, 0, (e3) => {
      console.log('read', shape(e3));
      fs.promises.readdir(p('nope')).catch((e4) => {
        console.log('promise readdir', shape(e4));
        fs.symlink('t', p(), (e5) => console.log('symlink', shape(e5)));
      });
    });
  });
});
