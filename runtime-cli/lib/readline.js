'use strict';
// Node's `readline`: line-by-line reading from a stream (the non-terminal
// mode: no line editing), `question`, the async iterator, and the ANSI
// cursor helpers.

const EventEmitter = require('events');
const { codes, validateFunction } = require('internal/errors');

const kDecoder = Symbol('decoder');
const kPending = Symbol('pending');
const kQuestion = Symbol('question');
const kSawCR = Symbol('sawCR');

// Text of a chunk: strings as they are, bytes through a UTF-8 decoder that
// keeps characters split across chunks whole.
function chunkText(rl, chunk) {
  if (typeof chunk === 'string') return chunk;
  if (rl[kDecoder] === undefined) {
    const { StringDecoder } = require('string_decoder');
    rl[kDecoder] = new StringDecoder('utf8');
  }
  return rl[kDecoder].write(chunk);
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let options = input;
    if (!(input && typeof input.on === 'function' && arguments.length > 1) &&
        input && typeof input === 'object' && 'input' in input) {
      options = input;
    } else {
      options = { input, output, completer, terminal };
    }
    if (!options.input || typeof options.input.on !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('input', 'Readable', options.input);
    }
    const crlfDelay = options.crlfDelay === undefined ? 100 : Number(options.crlfDelay);
    this.input = options.input;
    this.output = options.output;
    this.terminal = !!(options.terminal === undefined ? false : options.terminal);
    this.crlfDelay = crlfDelay === Infinity ? Infinity : Math.max(100, crlfDelay || 100);
    this.historySize = options.historySize === undefined ? 30 : options.historySize;
    this.history = [];
    this.line = '';
    this.cursor = 0;
    this.closed = false;
    this.paused = false;
    this._prompt = options.prompt === undefined ? '> ' : options.prompt;
    this[kPending] = '';
    this[kQuestion] = null;
    this[kSawCR] = false;

    this._onData = (chunk) => this._receive(chunkText(this, chunk));
    this._onEnd = () => {
      const tail = this[kDecoder] !== undefined ? this[kDecoder].end() : '';
      if (tail) this._receive(tail);
      if (this[kPending].length > 0) {
        const last = this[kPending];
        this[kPending] = '';
        this._emitLine(last);
      }
      this.close();
    };
    this.input.on('data', this._onData);
    this.input.on('end', this._onEnd);
    if (typeof this.input.resume === 'function') this.input.resume();
    if (options.signal) {
      const onAbort = () => this.close();
      if (options.signal.aborted) process.nextTick(onAbort);
      else options.signal.addEventListener('abort', onAbort, { once: true });
    }
  }

  _receive(text) {
    let start = 0;
    let buffered = this[kPending];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 && this[kSawCR] && i === start && buffered === '') {
        // The \n of a \r\n split across chunks.
        this[kSawCR] = false;
        start = i + 1;
        continue;
      }
      if (c === 10 || c === 13) {
        const line = buffered + text.slice(start, i);
        buffered = '';
        this[kSawCR] = c === 13;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
        this._emitLine(line);
        if (this.closed) return;
      }
    }
    this[kPending] = buffered + text.slice(start);
  }

  _emitLine(line) {
    if (this[kQuestion] !== null) {
      const answer = this[kQuestion];
      this[kQuestion] = null;
      answer(line);
      return;
    }
    this.emit('line', line);
  }

  getPrompt() {
    return this._prompt;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  prompt() {
    if (this.closed) throw closedError();
    if (this.paused) this.resume();
    if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
  }

  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    if (this.closed) throw closedError();
    validateFunction(cb, 'cb');
    if (this[kQuestion] !== null) {
      this.prompt();
      return;
    }
    const signal = options && options.signal;
    if (signal && signal.aborted) return;
    this[kQuestion] = cb;
    if (signal) {
      signal.addEventListener('abort', () => { this[kQuestion] = null; }, { once: true });
    }
    if (this.output && typeof this.output.write === 'function') this.output.write(query);
  }

  write(data) {
    if (this.closed) throw closedError();
    if (data !== undefined && data !== null) this._receive(String(data));
  }

  pause() {
    if (this.paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._onData);
    this.input.removeListener('end', this._onEnd);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    return { rows: 0, cols: this.cursor };
  }

  // Lines as an async iterator; ends when the interface closes.
  [Symbol.asyncIterator]() {
    const queue = [];
    const waiters = [];
    let done = false;
    const onLine = (line) => {
      if (waiters.length > 0) waiters.shift().resolve({ value: line, done: false });
      else queue.push(line);
    };
    const onClose = () => {
      done = true;
      for (const w of waiters.splice(0)) w.resolve({ value: undefined, done: true });
    };
    this.on('line', onLine);
    this.once('close', onClose);
    const rl = this;
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
      },
      return() {
        rl.removeListener('line', onLine);
        rl.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

function closedError() {
  const err = new Error('readline was closed');
  err.code = 'ERR_USE_AFTER_CLOSE';
  return err;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ANSI cursor helpers: write the escape sequence, then call back.
function writeSeq(stream, seq, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(seq, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
  if (typeof x !== 'number') return writeSeq(null, '', callback);
  const seq = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return writeSeq(stream, seq, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let seq = '';
  if (dx < 0) seq += `\x1b[${-dx}D`;
  else if (dx > 0) seq += `\x1b[${dx}C`;
  if (dy < 0) seq += `\x1b[${-dy}A`;
  else if (dy > 0) seq += `\x1b[${dy}B`;
  return writeSeq(seq === '' ? null : stream, seq, callback);
}

function clearLine(stream, dir, callback) {
  const seq = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return writeSeq(stream, seq, callback);
}

function clearScreenDown(stream, callback) {
  return writeSeq(stream, '\x1b[0J', callback);
}

function emitKeypressEvents() {}

module.exports = {
  Interface,
  createInterface,
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  emitKeypressEvents,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  get() { return require('readline/promises'); },
});
