// pause()/resume()/isPaused() and 'pause'/'resume' events.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
r.on('pause', () => log('pause event'));
r.on('resume', () => log('resume event'));
log('initial', r.isPaused(), r.readableFlowing);
r.on('data', (d) => {
  log('data', d);
  if (d === 2) {
    r.pause();
    log('paused', r.isPaused(), r.readableFlowing);
    setTimeout(() => { log('resuming'); r.resume(); }, 5);
  }
});
log('after on(data)', r.isPaused(), r.readableFlowing);
[1, 2, 3, 4].forEach((x) => r.push(x));
r.push(null);
r.on('end', () => log('end'));
