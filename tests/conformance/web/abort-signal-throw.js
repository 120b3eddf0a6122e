const ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not aborted: no throw');
ac.abort(new RangeError('custom reason'));
try { ac.signal.throwIfAborted(); } catch (e) { console.log(e.name, e.message, e === ac.signal.reason); }
try { AbortSignal.abort('a string').throwIfAborted(); } catch (e) { console.log('thrown:', e); }
try { AbortSignal.abort().throwIfAborted(); } catch (e) { console.log(e.name, e.message); }
