// util.inspect sees a promise's state and looks through proxies.
const rejected = Promise.reject(new RangeError('nope'));
rejected.catch(() => {});
const failed = Promise.reject(3);
failed.catch(() => {});
console.log(Promise.resolve({ a: 1 }));
console.log(new Promise(() => {}));
console.log(failed);
console.log([Promise.resolve('s')]);
console.log(new Proxy({ x: 1 }, {}));
console.log(new Proxy([1, 2], {}));
const p = Promise.resolve(42);
setImmediate(() => console.log({ later: p }));
