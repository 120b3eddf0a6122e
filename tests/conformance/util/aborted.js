const util = require('util');
const ac = new AbortController();
const resource = {};
util.aborted(ac.signal, resource).then(() => console.log('aborted resolved', ac.signal.reason));
console.log('before abort');
ac.abort('stop');
util.aborted(AbortSignal.abort(), resource).then(() => console.log('already aborted resolves'));
for (const args of [[undefined, {}], [{}, {}], [ac.signal, null], [ac.signal, 1]]) {
  util.aborted(...args).then(() => console.log('unexpected'), (e) => console.log('rejected', e.code));
}
