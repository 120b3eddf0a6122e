// Lone surrogates become U+FFFD in URL input and setters.
const u = new URL('http://h/\ud800?\udc00#\ud800');
console.log(u.href);
u.pathname = '/a\udbff';
console.log(u.pathname);
const p = new URLSearchParams();
p.append('\ud800', '\udfff');
console.log(p.toString(), [...p.keys()][0] === '\ufffd');
