'use strict';
const { fs, p, tryIt } = require('./_helper');
fs.writeFileSync(p('w'), 'a');
tryIt('no listener', () => fs.watchFile(p('w')));
const watcher = fs.watchFile(p('w'), { interval: 20 }, (curr, prev) => {
  console.log('change', curr.size, prev.size, curr instanceof fs.Stats);
  fs.unwatchFile(p('w'));
  console.log('unwatched');
});
console.log(typeof watcher.on, typeof watcher.ref, typeof watcher.unref);
setTimeout(() => fs.writeFileSync(p('w'), 'abc'), 100);
