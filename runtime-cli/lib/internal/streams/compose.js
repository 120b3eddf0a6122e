'use strict';
// compose(...streams): one Duplex writing into the first stage and reading
// from the last, with the stages connected by pipeline().

const Duplex = require('internal/streams/duplex');
const { bridgeDuplex } = require('internal/streams/duplexify');
const { pipeline } = require('internal/streams/pipeline');
const { codes } = require('internal/streams/errors');
const {
  isNodeStream, isReadable, isWritable, isWebStream, isReadableStream, isWritableStream,
  isTransformStream,
} = require('internal/streams/utils');

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new codes.ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const original = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    const s = streams[n];
    if (!isNodeStream(s) && !isWebStream(s)) continue;
    if (n < last && !(isReadable(s) || isReadableStream(s) || isTransformStream(s))) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(s) || isWritableStream(s) || isTransformStream(s))) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be writable');
    }
  }

  let d;
  let bridge;
  const head = streams[0];
  const tail = pipeline(streams, (err) => bridge.onfinished(err));
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  bridge = bridgeDuplex(d, writable ? head : null, readable ? tail : null, tail, (err) => {
    if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  });
  // Destroying the composite destroys the pipeline from its end.
  if (isNodeStream(tail)) bridge.setDestroyTargets([tail]);
  return d;
};
