const util = require('util');
const ac = new AbortController();
console.log(util.inspect(ac.signal), util.inspect(ac));
console.log(util.inspect({ nested: { deeper: { signal: ac.signal } } }, { depth: 1 }));
console.log(util.inspect(ac, { depth: 0 }));
ac.abort();
console.log(util.inspect([ac.signal]));
console.log(util.inspect(new EventTarget()), util.inspect({ t: { u: new EventTarget() } }, { depth: 0 }));
