// setEncoding: multi-byte characters split across chunks.
const { Readable } = require('stream');
const log = require('./_log');
const euro = Buffer.from('€uro ünïcode');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('encoding', r.readableEncoding);
r.on('data', (d) => log('data', typeof d, JSON.stringify(d)));
r.on('end', () => log('end'));
for (let i = 0; i < euro.length; i += 2) r.push(euro.subarray(i, i + 2));
r.push(null);
const h = new Readable({ encoding: 'hex', read() {} });
h.push('AB');
h.push(null);
h.on('data', (d) => log('hex', d));
