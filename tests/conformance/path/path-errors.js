// Argument validation across path functions (posix and win32).
const path = require('path');
const show = require('./_show');
for (const p of [path.posix, path.win32]) {
  for (const fn of ['join', 'resolve', 'normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
    for (const bad of [null, 1, true, {}, undefined]) {
      try {
        p[fn](bad);
        console.log(fn, 'ok');
      } catch (e) {
        console.log(fn, e.code, e.message);
      }
    }
  }
  show('relative', p.relative, null, 'a');
  show('relative', p.relative, 'a', false);
}
