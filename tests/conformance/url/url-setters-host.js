// host/hostname setters.
const u = new URL('http://example.com:8080/p');
u.hostname = 'other.org';
console.log(u.href, u.host);
u.host = 'third.net:9090';
console.log(u.href, u.port);
u.host = 'fourth.net';
console.log(u.href, u.port);
u.hostname = 'bad host';
console.log(u.href);
u.hostname = 'UPPER.Case';
console.log(u.href);
u.host = '[::1]:81';
console.log(u.href, u.hostname);
u.hostname = '';
console.log(u.href);
const n = new URL('foo:opaque');
n.host = 'x';
console.log(n.href);
