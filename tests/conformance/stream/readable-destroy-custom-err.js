// _destroy replacing/clearing the error.
const { Readable } = require('stream');
const log = require('./_log');
const a = new Readable({ read() {}, destroy(err, cb) { cb(new Error('replaced')); } });
a.on('error', (e) => log('a error', e.message));
a.on('close', () => log('a close'));
a.destroy(new Error('orig'));
const b = new Readable({ read() {}, destroy(err, cb) { cb(null); } });
b.on('error', (e) => log('b error', e.message));
b.on('close', () => log('b close', b.errored && b.errored.message));
b.destroy(new Error('kept in errored'));
