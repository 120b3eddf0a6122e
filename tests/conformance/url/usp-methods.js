// append/get/getAll/has/delete/set, including the value arguments.
const p = new URLSearchParams('a=1&b=2&a=3&c=4&a=1');
console.log(p.get('a'), p.get('zz'), p.getAll('a'), p.getAll('zz'));
console.log(p.has('a'), p.has('a', '3'), p.has('a', '9'), p.has('zz'), p.has('a', undefined));
p.delete('a', '1');
console.log(p.toString());
p.append('d', 5);
p.set('a', 'only');
console.log(p.toString());
p.set('new', 'last');
p.delete('b');
console.log(p.toString(), p.size);
p.delete('a', undefined);
console.log(p.toString());
p.append(null, undefined);
console.log(p.toString(), p.get('null'));
