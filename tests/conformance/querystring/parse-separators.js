// Custom and multi-character separators; empty ones fall back to defaults.
const qs = require('querystring');
console.log(qs.parse('a:1;b:2;;c', ';', ':'));
console.log(qs.parse('a=>1<>b=>2', '<>', '=>'));
console.log(qs.parse('x=1&y=2', '', ''));
console.log(qs.parse('x=1&y=2', null, undefined));
console.log(qs.parse('a1b2a3', 'x', 'b'));
console.log(qs.parse('k-v,k-w', ',', '-'));
