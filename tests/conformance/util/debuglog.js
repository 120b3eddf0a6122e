const util = require('util');
// NODE_DEBUG is not set for this test: loggers are disabled and silent.
let callbackArg;
const log = util.debuglog('mysection', (fn) => { callbackArg = fn; });
console.log(typeof log, log.enabled);
log('hello %s', 'world');
console.log(typeof callbackArg, callbackArg === undefined ? 'no callback' : callbackArg.enabled);
const other = util.debug('other');
console.log(other.enabled, util.debug === util.debuglog);
other('nothing printed');
const seen = util.debuglog('third', (fn) => console.log('callback:', typeof fn, fn.name, fn.enabled));
console.log('before first call');
seen('first');
seen('second');
