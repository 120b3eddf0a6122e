// allowHalfOpen: false ends the writable side when the readable ends.
const { Duplex } = require('stream');
const log = require('./_log');
const d = new Duplex({
  allowHalfOpen: false,
  objectMode: true,
  read() {},
  write(c, e, cb) { cb(); },
  final(cb) { log('final'); cb(); },
});
d.on('end', () => log('end'));
d.on('finish', () => log('finish'));
d.on('close', () => log('close'));
d.resume();
d.push(null);
