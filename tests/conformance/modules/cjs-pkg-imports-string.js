console.log(require('./fixtures/imp/lib/use-string.js'));
