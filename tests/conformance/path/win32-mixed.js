// win32 functions on mixed-slash paths and paths with device prefixes.
const { win32 } = require('path');
for (const p of ['C:/a\\b/c', '\\\\?\\C:\\a\\b', '\\\\.\\COM1', '//srv\\shr/x\\y', 'c:a/b\\..\\c', '/a\\b/']) {
  console.log(JSON.stringify(p), JSON.stringify([win32.normalize(p), win32.dirname(p), win32.basename(p),
    win32.extname(p), win32.isAbsolute(p), win32.parse(p).root]));
}
