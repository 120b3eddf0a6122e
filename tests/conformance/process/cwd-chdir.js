// process.cwd() / chdir(); relative readFileSync follows the cwd.
const fs = require('fs');
console.log('starts in script dir', process.cwd() === __dirname);
process.chdir('..');
console.log('parent is prefix', __dirname.startsWith(process.cwd()), process.cwd() !== __dirname);
console.log('relative file visible', fs.existsSync('process/cwd-chdir.js'));
process.chdir(__dirname);
console.log('back', process.cwd() === __dirname, fs.existsSync('cwd-chdir.js'));
try {
  process.chdir('./definitely-not-a-directory-xyz');
} catch (e) {
  console.log('chdir error code', e.code);
}
