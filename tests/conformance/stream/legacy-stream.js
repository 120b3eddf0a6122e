// The legacy Stream class and its simple pipe().
const Stream = require('stream');
const { EventEmitter } = require('events');
const log = require('./_log');
log('Stream is function', typeof Stream, Stream.Stream === Stream);
const s = new Stream();
log('is EventEmitter', s instanceof EventEmitter);
const dest = new Stream.Writable({ write(c, e, cb) { log('dest got', String(c)); cb(); } });
dest.on('finish', () => log('dest finish'));
s.readable = true;
s.pipe(dest);
s.emit('data', Buffer.from('one'));
s.emit('data', Buffer.from('two'));
s.emit('end');
log('Readable inherits Stream', new Stream.Readable() instanceof Stream);
log('keys', Object.keys(Stream).filter((k) => !k.startsWith('_')).join(','));
