// Mutating searchParams re-serializes the query in form encoding.
const u = new URL('http://h/?a=b c&d=%20&e=~!');
console.log(u.search, u.searchParams.toString());
u.searchParams.set('f', 'g h');
console.log(u.search);
u.search = 'x=y z';
console.log(u.search, u.searchParams.get('x'));
const v = new URL('http://h/p?');
console.log(JSON.stringify(v.search), v.href);
v.searchParams.sort();
console.log(JSON.stringify(v.search), v.href);
