'use strict';
// Blob and File: immutable byte containers. Parts are copied in at
// construction; slices share the parent's bytes.

const native = binding.buffer;
const { codes } = require('internal/buffer/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function isSequence(v) {
  return v !== null && typeof v === 'object' && typeof v[Symbol.iterator] === 'function';
}

function partBytes(part, nativeEndings) {
  if (typeof part === 'string') {
    // 'native' line endings are "\n" on POSIX.
    if (nativeEndings) part = part.replace(/\r\n|\n/g, '\n');
    return native.fromString(part, 'utf8');
  }
  if (part instanceof Blob) return part[kBytes];
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  }
  if (part instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part.slice(0));
  }
  return native.fromString(`${part}`, 'utf8');
}

// A MIME type is kept only if it is printable ASCII, and lower-cased.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (!isSequence(sources)) {
      throw new codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const { endings: rawEndings = 'transparent', type = '' } = options || {};
    const endings = `${rawEndings}`.toLowerCase();
    if (endings !== 'transparent' && endings !== 'native') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.endings', rawEndings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings === 'native');
      parts.push(bytes);
      length += bytes.length;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let pos = 0;
      for (const part of parts) {
        bytes.set(part, pos);
        pos += part.length;
      }
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get type() { return this[kType]; }

  get size() { return this[kBytes].length; }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    start = relative(start, size);
    end = relative(end, size);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].subarray(start, Math.max(start, end));
    return blob;
  }

  arrayBuffer() {
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  // Decoding follows the read, as in Node (one promise hop later).
  text() {
    return this.arrayBuffer().then((ab) => native.toString(new Uint8Array(ab), 0, ab.byteLength, 'utf8'));
  }

  bytes() {
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    if (typeof ReadableStream !== 'function') {
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('stream()');
    }
    const bytes = this[kBytes].slice();
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return `[${this.constructor.name}]`;
    return `${this.constructor.name} ${inspect(inspectFields(this), {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

// What inspection shows, in Node's order.
function inspectFields(blob) {
  const fields = { size: blob.size, type: blob.type };
  if (blob instanceof File) {
    fields.name = blob.name;
    fields.lastModified = blob.lastModified;
  }
  return fields;
}

function relative(index, size) {
  index = Math.trunc(+index) || 0;
  return index < 0 ? Math.max(size + index, 0) : Math.min(index, size);
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', configurable: true,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options === null ? undefined : options.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() { return this[kName]; }

  get lastModified() { return this[kLastModified]; }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', configurable: true,
});
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}

function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL };
