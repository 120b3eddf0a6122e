'use strict';
// Duplex.from(body): make a Duplex out of streams, { readable, writable }
// pairs, iterables, async generator functions and promises.

const Duplex = require('internal/streams/duplex');
const from = require('internal/streams/from');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { codes, AbortError } = require('internal/streams/errors');
const {
  isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream,
  isWritableNodeStream, isDuplexNodeStream, isReadableStream, isWritableStream,
} = require('internal/streams/utils');

let Readable;

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) {
    return fromPair({ readable: require('internal/streams/readable').fromWeb(body) });
  }
  if (isWritableStream(body)) {
    return fromPair({ writable: require('internal/streams/writable').fromWeb(body) });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplex, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name,
      value);
  }

  if (typeof Blob === 'function' && body instanceof Blob) return duplexify(body.arrayBuffer());
  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    let readable;
    let writable;
    if (body.readable) {
      readable = isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable);
    }
    if (body.writable) {
      writable = isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable);
    }
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream',
    'Stream', 'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair',
    'Promise'], body);
}

// An async generator function as a Duplex: what is written becomes the
// generator's input iterable; what it yields (or returns) is the output.
function fromAsyncGen(fn) {
  // `next` is what the next write()/final() resolves; the generator swaps in
  // a fresh one after taking each chunk (writes never overlap: the writable
  // waits for the callback given back through `cb`).
  let next = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn((async function* input() {
    for (;;) {
      const { chunk, done, cb } = await next.promise;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      next = deferred();
      yield chunk;
    }
  })(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      next.resolve({ chunk, done: false, cb });
    },
    final(cb) {
      next.resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// A Duplex forwarding writes to `w` and reads from `r`.
function fromPair(pair) {
  let r = pair.readable;
  if (r && typeof r.read !== 'function') {
    if (!Readable) Readable = require('internal/streams/readable');
    r = Readable.wrap(r);
  }
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });
  const bridge = bridgeDuplex(d, writable ? w : null, readable ? r : null, w,
    (err) => { if (err) d.destroy(err); });
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      bridge.onfinished(err);
    });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      bridge.onfinished(err);
    });
  }
  bridge.setDestroyTargets([w, r]);
  return d;
}

// Wire d's writable side into `head` and readable side from `tail`;
// d's _final completes on `finishSource`'s 'finish'. `fallback(err)` runs
// when the parts finish while d is not being destroyed.
function bridgeDuplex(d, head, tail, finishSource, fallback) {
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  // undefined: parts still running; null: finished; else d's destroy cb.
  let onclose;
  let targets = [];

  if (head) {
    d._write = function write(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function final(callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
  }
  if (head && finishSource) {
    finishSource.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (tail) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => { d.push(null); });
    d._read = function read() {
      for (;;) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function destroy(err, callback) {
    // Destroyed before its parts finished: that is an abort.
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      for (const t of targets) destroyer(t, err);
    }
  };
  return {
    onfinished(err) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else fallback(err);
    },
    setDestroyTargets(list) {
      targets = list.filter(Boolean);
    },
  };
}

module.exports = duplexify;
module.exports.bridgeDuplex = bridgeDuplex;
