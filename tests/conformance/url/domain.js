// url.domainToASCII / domainToUnicode.
const url = require('url');
for (const d of ['español.com', 'EXAMPLE.com', '中文.com', 'xn--iñvalid.com', 'a..b', '☃', 'münchen.DE']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)));
}
for (const d of ['xn--espaol-zwa.com', 'xn--fiq228c.com', 'xn--iñvalid.com', 'plain.org', 'xn--n3h']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToUnicode(d)));
}
try { url.domainToASCII(); } catch (e) { console.log(e.code, e.message); }
