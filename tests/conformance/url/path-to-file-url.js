// url.pathToFileURL(): which characters get escaped, trailing slashes, dot segments.
const url = require('url');
const p = url.pathToFileURL('/a b/c%d/e?f#g\\h\ni\tj é"<>{}|^`[]~!$&\'()*+,;=:@');
console.log(p instanceof URL, p.href);
console.log(url.pathToFileURL('/x/../y/.').href);
console.log(url.pathToFileURL('/dir/').href);
console.log(url.pathToFileURL('/').href);
console.log(url.pathToFileURL('//double').href);
console.log(url.pathToFileURL('/\ud800x').href);
console.log(url.pathToFileURL('/%2F').pathname);
try { url.pathToFileURL(5); } catch (e) { console.log(e.code, e.message); }
const rel = url.pathToFileURL('rel/x/');
console.log(rel.href.endsWith('/rel/x/'), rel.href.startsWith('file:///'));
