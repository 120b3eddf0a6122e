'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around the
// global TextEncoder/TextDecoder. The encoder keeps a lone high surrogate
// at the end of a chunk until the next chunk, so pairs split across
// writes still encode as one character.

const {
  kState, checkThis, customInspect, inspectSymbol,
} = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/encoding');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + String(chunk);
        pending = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pending = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        // A surrogate left alone at the end becomes U+FFFD.
        if (pending !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
    this[kState] = { brand: 'TextEncoderStream', encoder, transform };
  }

  get encoding() {
    return checkThis(this, 'TextEncoderStream').encoder.encoding;
  }

  get readable() {
    return checkThis(this, 'TextEncoderStream').transform.readable;
  }

  get writable() {
    return checkThis(this, 'TextEncoderStream').transform.writable;
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: state.encoder.encoding,
      readable: state.transform.readable,
      writable: state.transform.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    this[kState] = { brand: 'TextDecoderStream', decoder, transform };
  }

  get encoding() {
    return checkThis(this, 'TextDecoderStream').decoder.encoding;
  }

  get fatal() {
    return checkThis(this, 'TextDecoderStream').decoder.fatal;
  }

  get ignoreBOM() {
    return checkThis(this, 'TextDecoderStream').decoder.ignoreBOM;
  }

  get readable() {
    return checkThis(this, 'TextDecoderStream').transform.readable;
  }

  get writable() {
    return checkThis(this, 'TextDecoderStream').transform.writable;
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: state.decoder.encoding,
      fatal: state.decoder.fatal,
      ignoreBOM: state.decoder.ignoreBOM,
      readable: state.transform.readable,
      writable: state.transform.writable,
    });
  }
}

for (const [C, keys] of [[TextEncoderStream, ['encoding', 'readable', 'writable']],
  [TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']]]) {
  for (const key of keys) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

module.exports = { TextEncoderStream, TextDecoderStream };
