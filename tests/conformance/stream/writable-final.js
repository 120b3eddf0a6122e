// _final runs before 'finish'; async final.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) { log('_write', String(c)); cb(); },
  final(cb) {
    log('_final');
    setTimeout(() => { log('final done'); cb(); }, 2);
  },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
w.end('x', () => log('end cb'));
log('sync', w.writableFinished);
