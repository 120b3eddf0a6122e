const s1 = AbortSignal.abort();
console.log(s1.aborted, s1.reason.name, s1.reason.message);
const s2 = AbortSignal.abort(42);
console.log(s2.aborted, s2.reason);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getOwnPropertyNames(AbortSignal).sort().join(','));
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).sort().join(','));
console.log(Object.getOwnPropertyNames(AbortController.prototype).sort().join(','));
const getter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
try { getter.call({}); } catch (e) { console.log(e.code, e.message); }
