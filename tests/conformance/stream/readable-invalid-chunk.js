// Non-buffer chunks in byte mode are an ERR_INVALID_ARG_TYPE error.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.on('error', (e) => log('error', e.code, e.message));
r.on('close', () => log('close'));
log('push', r.push(42));
