// getDefaultHighWaterMark / setDefaultHighWaterMark.
const stream = require('stream');
const log = require('./_log');
log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
log('changed', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
log('new streams', new stream.Readable().readableHighWaterMark,
  new stream.Writable({ objectMode: true }).writableHighWaterMark);
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (e) {
  log('invalid', e.code);
}
try {
  new stream.Readable({ highWaterMark: -5 });
} catch (e) {
  log('bad option', e.code, e.message);
}
try {
  new stream.Duplex({ readableHighWaterMark: 'x' });
} catch (e) {
  log('bad duplex option', e.code, e.message);
}
try {
  new stream.Readable({ highWaterMark: 3.7 });
} catch (e) {
  log('float', e.code);
}
try {
  stream.setDefaultHighWaterMark(true, 1.5);
} catch (e) {
  log('float default', e.code, e.message);
}
