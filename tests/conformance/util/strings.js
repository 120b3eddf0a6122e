const util = require('util');
console.log(JSON.stringify(util.toUSVString('ok \ud83d\ude00 lone \ud800 end \udc00!')));
console.log(util.toUSVString(123), util.toUSVString('plain'));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m')));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
console.log(util.format('%s=%d %j %o', 'a', 42, { b: 1 }, [1]));
console.log(util.formatWithOptions({ colors: false }, '%O', { nested: { deep: { x: 1 } } }));
console.log(util.inspect({ a: [1, 2, { b: 3 }] }, { depth: 0 }));
