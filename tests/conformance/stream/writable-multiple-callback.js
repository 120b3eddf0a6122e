// Calling the _write callback twice is ERR_MULTIPLE_CALLBACK.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) {
    cb();
    cb();
  },
});
w.on('error', (e) => log('error', e.code, e.message));
w.on('close', () => log('close'));
w.write('x');
