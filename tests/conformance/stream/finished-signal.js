// finished() with an AbortSignal.
const { finished, PassThrough } = require('stream');
const log = require('./_log');
const ac = new AbortController();
const p = new PassThrough();
finished(p, { signal: ac.signal }, (err) => log('cb', err && err.name, err && err.code));
ac.abort();
log('aborted');
setTimeout(() => log('stream destroyed?', p.destroyed), 2);
const bad = () => finished(p, { signal: 1 }, () => {});
try { bad(); } catch (e) { log('bad signal', e.code); }
try { finished({}, () => {}); } catch (e) { log('not a stream', e.code); }
