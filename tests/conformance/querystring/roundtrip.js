// stringify then parse gives back the same data.
const qs = require('querystring');
const data = { a: ['1', '2'], 'b c': 'd&e=f', empty: '', uni: 'ü😀', plus: '+' };
const s = qs.stringify(data);
console.log(s);
console.log(qs.parse(s));
console.log(JSON.stringify(qs.parse(s)) === JSON.stringify(data));
