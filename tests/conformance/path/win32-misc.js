// path.win32: isAbsolute, toNamespacedPath, sep/delimiter, cross references.
const path = require('path');
const { win32 } = path;
const show = require('./_show');
for (const p of ['/', '//', '//server', '//server/file', '\\\\server\\file', '\\\\server', '\\\\', 'c', 'c:', 'c:\\', 'c:/',
  'c://', 'C:/Users/', 'C:\\Users\\', 'C:cwd/another', 'C:cwd\\another', 'directory/directory', 'directory\\directory', '']) {
  show('isAbsolute', win32.isAbsolute, p);
}
// ('C:' alone would resolve against the cwd, which differs per checkout.)
for (const p of ['C:\\foo', 'C:/foo', '\\\\foo\\bar', '//foo//bar', '\\\\?\\foo', '\\\\.\\pipe\\x', '', null, 5,
  'C:\\a\\..\\b']) {
  show('toNamespacedPath', win32.toNamespacedPath, p);
}
console.log(JSON.stringify([win32.sep, win32.delimiter, path.sep, path.delimiter]));
console.log(win32.win32 === win32, win32.posix === path.posix, path.posix.win32 === win32, require('path/win32') === win32);
console.log(win32._makeLong === win32.toNamespacedPath);
