// URL.canParse and URL.parse (static).
console.log(URL.canParse('http://a'), URL.canParse('nope'), URL.canParse('/x', 'http://b'));
console.log(URL.canParse('/x', 'bad base'), URL.canParse('x', undefined));
console.log(URL.parse('nope'), URL.parse('/p?q', 'http://h').href);
console.log(URL.parse('http://a') instanceof URL);
try { URL.canParse(); } catch (e) { console.log(e.code, e.message); }
console.log(URL.length, URL.canParse.length);
