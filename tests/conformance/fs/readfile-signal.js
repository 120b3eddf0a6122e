'use strict';
const { fs, p, err, tryIt } = require('./_helper');
fs.writeFileSync(p('t.txt'), 'data');
const ac = new AbortController();
ac.abort();
fs.readFile(p('t.txt'), { signal: ac.signal }, (e, d) => {
  console.log('callback', err(e), d);
  fs.promises.readFile(p('t.txt'), { signal: ac.signal }).catch((e2) => {
    console.log('promise', err(e2));
    const live = new AbortController();
    fs.readFile(p('t.txt'), { signal: live.signal, encoding: 'utf8' }, (e3, d3) => {
      console.log('not aborted', e3, d3);
      tryIt('bad signal', () => fs.readFile(p('t.txt'), { signal: 1 }, () => {}));
    });
  });
});
