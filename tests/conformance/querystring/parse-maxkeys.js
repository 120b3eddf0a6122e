// maxKeys limits pairs; 0 or negative means unlimited.
const qs = require('querystring');
const s = 'a=1&b=2&c=3&&d=4';
for (const maxKeys of [1, 2, 3, 0, -1, 100, '2', undefined]) {
  console.log(maxKeys, qs.parse(s, null, null, { maxKeys }));
}
let many = '';
for (let i = 0; i < 1100; i++) many += `k${i}=${i}&`;
console.log(Object.keys(qs.parse(many)).length);
