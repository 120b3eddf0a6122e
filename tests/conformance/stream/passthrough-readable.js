// PassThrough consumed in paused mode with 'readable'.
const { PassThrough } = require('stream');
const log = require('./_log');
const p = new PassThrough();
p.on('readable', () => {
  let c;
  while ((c = p.read()) !== null) log('read', c.toString());
});
p.on('end', () => log('end'));
p.write('a');
p.write('b');
setTimeout(() => p.end('c'), 2);
