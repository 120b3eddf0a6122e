// A package can require itself by name when its package.json has "exports".
console.log(require('./fixtures/selfref/lib/user.js').join(' | '));
console.log('without exports:', require('./fixtures/selfref-noexports/user.js'));
