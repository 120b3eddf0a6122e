// Malformed escapes are kept; invalid UTF-8 becomes U+FFFD.
const qs = require('querystring');
for (const s of ['%zz=%E2%82&%=%', '%E4%BD%A0=%F0%9F%98%80', 'a=%C3%28', 'a=%4', 'a=%%41', 'a=%FF', 'ü=€',
  'a=%2B+%2b', 'a=%ED%A0%80']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
}
