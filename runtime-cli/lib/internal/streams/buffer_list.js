'use strict';
// The queue behind a Readable: an array consumed from a moving head, so
// push/shift stay O(1) without a linked list's per-chunk node objects.

class BufferList {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(v) {
    this.items.push(v);
  }

  unshift(v) {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
  }

  first() {
    return this.items[this.head];
  }

  shift() {
    const items = this.items;
    if (this.head >= items.length) return undefined;
    const v = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      // Drop the consumed prefix once it dominates the array.
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  toArray() {
    return this.items.slice(this.head);
  }

  join(sep) {
    let out = '';
    const items = this.items;
    for (let i = this.head; i < items.length; i++) {
      out += (i === this.head ? '' : sep) + items[i];
    }
    return out;
  }

  // All queued bytes as one Buffer of `n` bytes.
  concat(n) {
    const out = Buffer.allocUnsafe(n >>> 0);
    const items = this.items;
    let off = 0;
    for (let i = this.head; i < items.length; i++) {
      out.set(items[i], off);
      off += items[i].length;
    }
    return out;
  }

  // Take `n` bytes (or characters when the queue holds strings).
  consume(n, hasStrings) {
    const first = this.items[this.head];
    if (n < first.length) {
      this.items[this.head] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let out = '';
    while (n > 0 && this.length > 0) {
      const s = this.items[this.head];
      if (n >= s.length) {
        out += s;
        n -= s.length;
        this.shift();
      } else {
        out += s.slice(0, n);
        this.items[this.head] = s.slice(n);
        n = 0;
      }
    }
    return out;
  }

  takeBuffer(n) {
    const out = Buffer.allocUnsafe(n);
    let off = 0;
    while (n > 0 && this.length > 0) {
      const b = this.items[this.head];
      if (n >= b.length) {
        out.set(b, off);
        off += b.length;
        n -= b.length;
        this.shift();
      } else {
        out.set(b.subarray(0, n), off);
        this.items[this.head] = b.subarray(n);
        off += n;
        n = 0;
      }
    }
    return out;
  }

  * [Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

module.exports = BufferList;
