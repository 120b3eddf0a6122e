// application/x-www-form-urlencoded serialization: the exact safe set.
let all = '';
for (let c = 0x20; c < 0x7f; c++) all += String.fromCharCode(c);
const p = new URLSearchParams();
p.append(all, all);
console.log(p.toString());
p.set('uni', 'é€😀 \u00a0');
console.log(p.toString());
console.log(new URLSearchParams({ lone: '\ud800x', pair: '\ud83d\ude00' }).toString());
console.log(new URLSearchParams({ 'a+b': 'c d', '%': '%25' }).toString());
