// _final error: 'error' then 'close', no 'finish'; end callback gets it.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
w.on('finish', () => log('finish'));
w.on('error', (e) => log('error', e.message));
w.on('close', () => log('close'));
w.end((err) => log('end cb', err && err.message));
