// Setting href reparses everything, including searchParams.
const u = new URL('http://a/?x=1');
const sp = u.searchParams;
u.href = 'https://b.example:444/p?y=2&z=3#h';
console.log(u.host, u.pathname, u.search, u.hash, [...sp]);
console.log(String(u), u.toJSON(), JSON.stringify({ u }));
