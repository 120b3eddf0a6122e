'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('a'), 'shared');
tryIt('link', () => fs.linkSync(p('a'), p('b')));
console.log(fs.statSync(p('a')).nlink, fs.statSync(p('a')).ino === fs.statSync(p('b')).ino);
fs.writeFileSync(p('b'), 'changed');
console.log(fs.readFileSync(p('a'), 'utf8'));
tryIt('link exists', () => fs.linkSync(p('a'), p('b')));
tryIt('link missing', () => fs.linkSync(p('nope'), p('c')));
tryIt('bad existingPath', () => fs.linkSync(1, p('c')));
fs.link(p('a'), p('c'), (e) => {
  console.log('callback', e, fs.statSync(p('a')).nlink);
  fs.link(p('a'), p('c'), (e2) => {
    console.log(err(e2));
    tryAsync('promise', () => fs.promises.link(p('a'), p('d'))).then(() => {
      console.log(fs.statSync(p('a')).nlink);
    });
  });
});
