// protocol setter: special <-> non-special switches are refused.
const u = new URL('http://example.com/a');
for (const p of ['https', 'ftp:', 'WS:', 'http:ignored', 'foo', '1bad', '', 'file']) {
  u.protocol = p;
  console.log(JSON.stringify(p), u.href);
}
const n = new URL('foo://bar/x');
n.protocol = 'baz';
console.log(n.href);
n.protocol = 'http';
console.log(n.href);
const f = new URL('file:///tmp/x');
f.protocol = 'http';
console.log(f.href);
