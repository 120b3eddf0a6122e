// A Readable without _read errors with ERR_METHOD_NOT_IMPLEMENTED.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable();
r.on('error', (e) => log('error', e.code, e.message));
r.on('close', () => log('close'));
r.read();
log('after read');
