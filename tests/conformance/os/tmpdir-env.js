// os.tmpdir(): TMPDIR, then TMP, then TEMP, else /tmp; one trailing slash removed.
const os = require('os');
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/c';
console.log(os.tmpdir());
process.env.TMP = '/b/';
console.log(os.tmpdir());
process.env.TMPDIR = '/a/dir/';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.TMPDIR = '';
console.log(os.tmpdir());
