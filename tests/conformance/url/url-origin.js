// origin for special, non-special, file and blob URLs.
for (const s of ['http://a.com:8080/x', 'https://a.com:443', 'ftp://f.org/', 'ws://w:80/', 'wss://w/',
  'file:///etc', 'foo://bar/', 'blob:https://a.com/uuid', 'blob:foo:bar', 'data:text/plain,hi',
  'http://[::1]/', 'http://0x7f.1/']) {
  console.log(s, '->', new URL(s).origin);
}
