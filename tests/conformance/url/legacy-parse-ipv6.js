// url.parse() with IPv6 hosts.
const url = require('url');
for (const i of ['http://[::1]:3000/x', 'http://[FE80::1]', 'http://[::1]', 'coap://[1080:0:0:0:8:800:200C:417A]:61616/',
  'http://u:p@[::1]:8/a?b#c']) {
  const u = url.parse(i);
  console.log(JSON.stringify([u.host, u.hostname, u.port, u.pathname, u.href]));
}
for (const i of ['http://[::1]x/y', 'http://[a^b]/']) {
  try {
    url.parse(i);
  } catch (e) {
    console.log(i, e.name, e.code);
  }
}
