// Host parsing: IPv4 forms, IPv6 compression, IDNA, percent-decoding.
for (const s of ['http://0x7f.0.0.1/', 'http://127.1/', 'http://2130706433/', 'http://0177.0.0.1/',
  'http://[0:0:0:0:0:0:0:1]/', 'http://[2001:db8:0:0:1:0:0:1]/', 'http://[::ffff:192.168.0.1]/',
  'http://%65xample.com/', 'http://EXAMPLE.com./', 'http://münchen.de/', 'http://xn--mnchen-3ya.de/',
  'http://☃.net/', 'foo://Host.Case/', 'http://a.b.c.d.e/']) {
  const u = new URL(s);
  console.log(s, '->', u.host, u.href);
}
for (const s of ['http://999.1.1.1.1/', 'http://1.2.3.256/', 'http://[1::2::3]/', 'http://a%2Fb/', 'http://xn--a.com/']) {
  console.log(s, URL.canParse(s));
}
