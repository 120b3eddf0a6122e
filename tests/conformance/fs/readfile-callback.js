'use strict';
const { fs, p, err, tryIt } = require('./_helper');
fs.writeFileSync(p('t.txt'), 'callback data');
let sync = true;
fs.readFile(p('t.txt'), (e, data) => {
  console.log('buffer', e, Buffer.isBuffer(data), data.toString(), 'async:', !sync);
  fs.readFile(p('t.txt'), 'utf8', (e2, s) => {
    console.log('utf8', e2, s);
    fs.readFile(p('t.txt'), { encoding: 'base64' }, (e3, s3) => {
      console.log('base64', e3, s3);
      fs.readFile(p('nope'), (e4, d4) => {
        console.log(err(e4), d4);
        fs.readFile(p(), (e5) => {
          console.log(err(e5));
          tryIt('no cb', () => fs.readFile(p('t.txt')));
          tryIt('no cb with options', () => fs.readFile(p('t.txt'), 'utf8'));
        });
      });
    });
  });
});
sync = false;
