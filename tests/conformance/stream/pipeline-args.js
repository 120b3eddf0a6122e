// pipeline() argument validation.
const { pipeline, PassThrough } = require('stream');
const log = require('./_log');
try {
  pipeline(new PassThrough(), new PassThrough());
} catch (e) {
  log('no callback', e.code, e.message);
}
try {
  pipeline(new PassThrough(), () => {});
} catch (e) {
  log('one stream', e.code, e.message);
}
pipeline([new PassThrough(), new PassThrough()], (err) => log('array form', err && err.code));
const p = new PassThrough();
pipeline(p, new PassThrough(), (err) => log('cb', err && err.code));
p.destroy();
