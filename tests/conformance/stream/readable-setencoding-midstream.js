// setEncoding after data was buffered re-decodes the buffer.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
log('len before', r.readableLength);
r.setEncoding('utf8');
log('len after', r.readableLength);
r.push(Buffer.from([0xac, 0x21]));
r.push(null);
r.on('data', (d) => log('data', JSON.stringify(d)));
r.on('end', () => log('end'));
