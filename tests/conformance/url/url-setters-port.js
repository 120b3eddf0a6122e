// port setter: default ports vanish, junk after digits is cut, bad values ignored.
const u = new URL('http://h/');
for (const p of ['8080', 80, '443', '1234abc', 'abc', '65536', '', '0', ' 5']) {
  u.port = p;
  console.log(JSON.stringify(p), u.port, u.host, u.href);
}
const s = new URL('https://h:444/');
s.port = 443;
console.log(s.href);
const f = new URL('file:///x');
f.port = 99;
console.log(f.href);
