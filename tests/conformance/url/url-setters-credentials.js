// username/password setters, percent-encoding of the userinfo set.
const u = new URL('http://example.com/');
u.username = 'user name';
u.password = 'p@ss:word/';
console.log(u.href, u.username, u.password);
u.username = '';
console.log(u.href);
u.password = '';
console.log(u.href);
u.username = 'é';
console.log(u.href);
const f = new URL('file:///x');
f.username = 'nope';
console.log(f.href, JSON.stringify(f.username));
const m = new URL('mailto:a@b');
m.password = 'x';
console.log(m.href);
