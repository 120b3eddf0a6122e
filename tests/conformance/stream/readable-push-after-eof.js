// push() after push(null) errors with ERR_STREAM_PUSH_AFTER_EOF.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.on('error', (e) => log('error', e.code, e.message, e.name));
r.on('close', () => log('close'));
r.push(null);
log('push', r.push('x'));
