// destroy(err): 'error' then 'close', state flags, no 'end'.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.on('error', (e) => log('error', e.message, r.destroyed, r.errored === e));
r.on('close', () => log('close', r.closed, r.readableAborted));
r.on('end', () => log('end'));
r.destroy(new Error('boom'));
log('sync', r.destroyed, r.closed, r.errored && r.errored.message);
r.destroy(new Error('second'));
log('push after destroy', r.push('x'));
