// path.posix: isAbsolute, toNamespacedPath, sep/delimiter, identity.
const path = require('path');
const show = require('./_show');
for (const p of ['/home/foo', '/home/foo/..', 'bar/', './baz', '', '//', 'C:\\x', '\\x']) show('isAbsolute', path.isAbsolute, p);
for (const p of ['/foo/bar', 'foo', '', null, 5]) show('toNamespacedPath', path.toNamespacedPath, p);
console.log(JSON.stringify([path.sep, path.delimiter, path.posix.sep]));
console.log(path.posix === path, require('path/posix') === path, path._makeLong === path.toNamespacedPath);
show('isAbsolute', path.isAbsolute, 1);
