const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any.aborted);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('from b');
a.abort('from a');
console.log(any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log(pre.aborted, pre.reason);
const empty = AbortSignal.any([]);
console.log(empty.aborted);
try { AbortSignal.any([1]); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any(5); } catch (e) { console.log(e.code); }
