// searchParams from a URL: decoding of its query.
const u = new URL('http://h/?a=1&a=2&b=%20x+y&c&=e&%zz=%E2%82%AC');
const sp = u.searchParams;
console.log(sp.getAll('a'), sp.get('b'), JSON.stringify(sp.get('c')), sp.get(''), sp.get('%zz'));
console.log(sp.size, sp.toString());
console.log(u.search);
