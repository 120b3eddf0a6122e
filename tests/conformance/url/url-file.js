// file: URL parsing details.
for (const s of ['file:///a/b', 'file://host/share/x', 'file:/a', 'file:a', 'file:///a/../../b', 'FILE:///X',
  'file:///C:/Windows', 'file:///a%20b/', 'file://localhost/x']) {
  const u = new URL(s);
  console.log(s, '->', u.href, JSON.stringify(u.host), u.pathname);
}
console.log(new URL('x/y', 'file:///a/b/c').href, new URL('/z', 'file://h/a').href);
