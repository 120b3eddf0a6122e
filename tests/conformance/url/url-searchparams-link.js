// url.searchParams and url.search stay in sync both ways.
const u = new URL('http://a/path?x=1#h');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('a b', 'c&d');
console.log(u.href);
sp.delete('x');
console.log(u.search);
sp.delete('a b');
console.log(JSON.stringify(u.search), u.href);
u.search = '?q=%20+&r';
console.log([...sp]);
sp.set('q', 'new');
sp.sort();
console.log(u.href);
const w = new URL('http://w/#only-hash');
w.searchParams.append('k', 'v');
console.log(w.href);
