// Trailing slashes across posix functions.
const path = require('path');
for (const p of ['/a/b/', '/a/b//', 'a/', 'a//', '/', './', '../', '/a/b.c/']) {
  console.log(JSON.stringify(p), JSON.stringify([path.normalize(p), path.dirname(p), path.basename(p), path.extname(p),
    path.join(p, 'x'), path.join('x', p), path.resolve('/r', p)]));
}
