// url.format(url.parse(x)) for already-normal URLs gives x back.
const url = require('url');
for (const s of ['http://a.com/', 'https://u:p@a.com:8080/p/a/t/h?query=string#hash', 'ftp://x/y', 'mailto:a@b.com',
  'file:///etc/passwd', '//proto/relative', '/just/path?q=1', 'javascript:alert(1)', 'xmpp:isaacschlueter@jabber.org',
  'http://[::1]:3000/', 'http://a.com/%E4%BD%A0', 'git+ssh://git@github.com/user/repo.git']) {
  const back = url.format(url.parse(s));
  console.log(JSON.stringify(s), back === s ? 'same' : JSON.stringify(back));
}
