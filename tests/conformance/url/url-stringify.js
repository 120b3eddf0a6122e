// URL string conversions.
const u = new URL('https://example.org/a?b#c');
console.log(String(u), `${u}`, u + '', u.toString(), u.toJSON(), JSON.stringify([u]));
console.log(new URL(u).href, new URL('d', u).href);
console.log(new URL(u.href) !== u, new URL(u).href === u.href);
const copy = new URL(u);
copy.hash = 'other';
console.log(u.hash, copy.hash);
