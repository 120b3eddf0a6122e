const { types } = require('util');
(function () { console.log('arguments', types.isArgumentsObject(arguments)); })(1, 2);
console.log('array not arguments', types.isArgumentsObject([]), types.isArgumentsObject({ length: 0 }));
console.log('date', types.isDate(new Date()), types.isDate(Date.now()), types.isDate(Object.create(Date.prototype)));
console.log('regexp', types.isRegExp(/x/), types.isRegExp(new RegExp('y')), types.isRegExp({ source: 'x' }),
  types.isRegExp(RegExp.prototype));
console.log('promise', types.isPromise(Promise.resolve()), types.isPromise({ then() {} }),
  types.isPromise(new (class extends Promise {})(() => {})));
const target = {};
const proxy = new Proxy(target, {});
console.log('proxy', types.isProxy(proxy), types.isProxy(target));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log('revoked proxy', types.isProxy(revocable));
console.log('error', types.isNativeError(new Error()), types.isNativeError(new TypeError()),
  types.isNativeError({ name: 'Error', message: 'x' }), types.isNativeError(Object.create(Error.prototype)));
class MyError extends Error {}
console.log('subclass error', types.isNativeError(new MyError()));
console.log('external/key/crypto', types.isExternal({}), types.isKeyObject({}), types.isCryptoKey({}));
console.log('namespace', types.isModuleNamespaceObject({}), types.isModuleNamespaceObject(Object.create(null)));
console.log(require('util/types') === types, typeof types.isUint8Array);
console.log(Object.keys(types).join(','));
