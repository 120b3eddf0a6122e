// path.win32.resolve with drives, UNC roots and mixed slashes (absolute inputs only).
const { win32 } = require('path');
const show = require('./_show');
const cases = [
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'],
  ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'],
  ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['C:\\a', 'c:b'], ['C:\\a', 'D:b', 'D:\\x'], ['\\\\srv\\shr\\a', '..\\..\\..'], ['C:\\', '..'], ['c:\\A\\.\\B\\..\\C'],
  ['\\\\?\\C:\\x', '..'], ['\\\\.\\PIPE\\name'], ['\\\\srv\\shr'], ['C:/a/b/c/', './', 'd/'],
];
for (const c of cases) show('resolve', win32.resolve, ...c);
show('resolve', win32.resolve, 'C:\\', 5);
