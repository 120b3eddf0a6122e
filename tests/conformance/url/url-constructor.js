// new URL(): every getter of a fully populated URL, and base resolution.
const show = (u) => console.log([u.href, u.origin, u.protocol, u.username, u.password, u.host,
  u.hostname, u.port, u.pathname, u.search, u.hash].join(' | '));
show(new URL('https://user:pw@Example.COM:8080/a/./b/../c?x=1&y=2#frag'));
show(new URL('HTTP://example.com'));
show(new URL('http://example.com:80/'));
show(new URL('https://example.com:443/x'));
show(new URL('ws://h:81'));
show(new URL('../d?q#h', 'http://a/b/c/e'));
show(new URL('//other.org/p', 'https://a.com/x'));
show(new URL('?only', 'http://a/b/c'));
show(new URL('#frag', 'http://a/b?c'));
show(new URL('http://a/b', new URL('https://ignored.example/')));
show(new URL({ toString() { return 'http://stringified/'; } }));
