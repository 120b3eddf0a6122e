// finished() on a legacy EventEmitter stream.
const { finished } = require('stream');
const EventEmitter = require('events');
const log = require('./_log');
const legacy = new EventEmitter();
legacy.readable = true;
legacy.pipe = () => {};
finished(legacy, (err) => log('legacy done', err && err.code));
legacy.emit('end');
const legacy2 = new EventEmitter();
legacy2.pipe = () => {};
legacy2.readable = true;
finished(legacy2, (err) => log('legacy2 done', err && err.code));
legacy2.emit('close');
