console.log(JSON.stringify(require('./fixtures/imp/lib/use-pattern.js')));
