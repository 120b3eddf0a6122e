console.log(JSON.stringify(require('./fixtures/exportsstyle/named.js')), typeof require('./fixtures/exportsstyle/named.js').y);
console.log(JSON.stringify(require('./fixtures/exportsstyle/replaced.js')));
console.log(JSON.stringify(require('./fixtures/exportsstyle/reassigned.js')));
const fn = require('./fixtures/exportsstyle/function.js');
console.log(typeof fn, fn('bob'), fn.extra);
console.log(require('./fixtures/exportsstyle/primitive.js'));
console.log(JSON.stringify(require('./fixtures/exportsstyle/returns.js')));
