'use strict';
// Brand checks for buffer code, on intrinsics captured at load time so
// user code patching prototypes cannot fool them.

// Intrinsics that user code cannot swap out from under us.
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typedArraySet = TypedArrayProto.set;
const typedArrayFill = TypedArrayProto.fill;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    abByteLength.call(v);
    return true;
  } catch {}
  if (sabByteLength === undefined) return false;
  try {
    sabByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}

module.exports = {
  isUint8Array, isAnyArrayBuffer, typedArrayTag, typedArraySet, typedArrayFill,
};
