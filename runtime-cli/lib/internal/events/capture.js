'use strict';
// The symbol under which an EventEmitter records `captureRejections`,
// shared with hot paths that call a lone listener directly (http) and must
// know when emit() would do more than call it.

module.exports = { kCapture: Symbol('kCapture') };
