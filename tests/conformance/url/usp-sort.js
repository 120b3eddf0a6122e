// sort() is stable and compares UTF-16 code units.
const p = new URLSearchParams('z=1&a=2&z=0&b=3&a=1&\u{1F600}=e&\uFFFD=f&A=g&=h');
p.sort();
console.log(p.toString());
const big = new URLSearchParams();
for (let i = 0; i < 120; i++) big.append(String.fromCharCode(97 + (i * 7) % 5), String(i));
big.sort();
console.log(big.getAll('a').join(','));
console.log(big.getAll('e').join(','));
