// The exact file wins, then X.js, X.json, X.node, then X/ as a directory.
console.log(require('./fixtures/probe/both'));
console.log(require('./fixtures/probe/both.json'));
console.log(require('./fixtures/probe/both/'));
console.log(JSON.stringify(require('./fixtures/probe/jsononly')));
console.log(require('./fixtures/probe/noext'));
console.log(require('./fixtures/probe/dup'));
console.log(require('./fixtures/probe/dup.js'));
