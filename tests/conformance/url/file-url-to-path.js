// url.fileURLToPath() with strings and URL objects, and its errors.
const url = require('url');
console.log(url.fileURLToPath('file:///a%20b/%E2%82%AC?x#y'));
console.log(url.fileURLToPath(new URL('file://localhost/etc/x')));
console.log(url.fileURLToPath('file:///a/b/'));
console.log(url.fileURLToPath('file:///%25'));
for (const v of ['file:///a%2F', 'file:///a%2f', 'file://host/x', 'http://x/', 5, 'notaurl', null, { href: 'file:///x' }]) {
  try {
    console.log(url.fileURLToPath(v));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
