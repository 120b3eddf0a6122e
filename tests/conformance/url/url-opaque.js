// URLs with opaque paths (mailto:, data:, javascript:) and failing relative bases.
for (const s of ['mailto:Someone@Example.com?subject=x y', 'data:text/plain,hello world', 'javascript:void(0)', 'urn:isbn:123']) {
  const u = new URL(s);
  console.log(JSON.stringify([u.href, u.protocol, u.host, u.pathname, u.search, u.origin]));
  u.host = 'ignored';
  u.pathname = '/ignored';
  u.hash = 'added';
  console.log(u.href);
}
for (const [i, b] of [['x', 'mailto:a@b'], ['#frag', 'mailto:a@b'], ['?q', 'data:,x'], ['/p', 'urn:a']]) {
  console.log(i, b, URL.canParse(i, b), URL.canParse(i, b) ? new URL(i, b).href : '-');
}
