// url.parse() argument errors and malformed auth.
const url = require('url');
for (const v of [5, null, undefined, {}]) {
  try { url.parse(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { url.parse('http://%zz@c/'); } catch (e) { console.log(e.name); }
console.log(url.parse(url.parse('http://same/')) instanceof url.Url);
const u = url.parse('http://same/');
console.log(url.parse(u) === u);
