const data = require('./fixtures/json/data.json');
console.log(JSON.stringify(data));
console.log('cached identity:', data === require('./fixtures/json/data.json'));
console.log('without extension:', require('./fixtures/json/data') === data);
const arr = require('./fixtures/json/array.json');
console.log('array:', Array.isArray(arr), JSON.stringify(arr));
try {
  require('./fixtures/json/bad.json');
  console.log('bad.json loaded?!');
} catch (e) {
  console.log('error name:', e.name);
  console.log('instanceof SyntaxError:', e instanceof SyntaxError);
  console.log('message includes bad.json:', e.message.includes('bad.json'));
  console.log('message starts with path:', e.message.startsWith(__dirname + '/fixtures/json/bad.json: '));
  console.log('code:', e.code);
}
// A failed JSON load leaves nothing in the cache.
console.log('bad.json cached:', Object.keys(require.cache).some((k) => k.endsWith('bad.json')));
