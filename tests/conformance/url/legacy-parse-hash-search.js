// url.parse(): where search, query and hash start and end.
const url = require('url');
for (const s of ['http://a/b?c#d', 'http://a/b#c?d', 'http://a/b?c?d#e#f', 'http://a?b', 'http://a#b', 'http://a/?',
  'http://a/#', '/p?#', '/p#?', '?', '#', 'p?q#h']) {
  const u = url.parse(s);
  const q = url.parse(s, true);
  console.log(JSON.stringify(s), JSON.stringify([u.search, u.query, u.hash, u.pathname, u.path, u.href]), q.query);
}
