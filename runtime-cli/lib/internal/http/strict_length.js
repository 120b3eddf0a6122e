'use strict';
// strictContentLength (Node's): with it set, a message's body may not
// outgrow the Content-Length its head sets, and must match it at the end
// (ERR_HTTP_CONTENT_LENGTH_MISMATCH otherwise). outgoing.js calls
// checkLength for each piece of body while the flag's bit is set.

const { codes } = require('internal/http/common');
const { kStrictLength } = require('internal/http/message_state');

// Body bytes written so far, counted while strictContentLength is set.
const kBytesWritten = Symbol('kBytesWritten');

// The Content-Length strictContentLength holds the body to: the one set
// in the fixed head, or -1 when there is none or the check does not apply
// (no body, a Transfer-Encoding set, the header removed).
function strictLength(msg) {
  const head = msg._rawHead;
  if ((msg._state & kStrictLength) === 0 || head === null || !msg._hasBody ||
      msg._removedContLen) {
    return -1;
  }
  let length = -1;
  for (let i = 0; i < head.length; i += 2) {
    const name = head[i].toLowerCase();
    if (name === 'transfer-encoding') return -1;
    if (name === 'content-length') length = +head[i + 1];
  }
  return length;
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

// strictContentLength's check (Node's): the body may not outgrow the set
// length, and at its end (`last`) must match it.
function checkLength(msg, len, last) {
  const length = strictLength(msg);
  const total = (msg[kBytesWritten] || 0) + len;
  if (length >= 0 && (last ? total !== length : total > length)) {
    throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, length);
  }
  msg[kBytesWritten] = total;
}

module.exports = { checkLength, byteLength };
