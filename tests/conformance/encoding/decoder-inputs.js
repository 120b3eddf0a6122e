// TextDecoder reads only the bytes a view covers.
const dec = new TextDecoder();
const ab = new TextEncoder().encode('0123456789').buffer;
console.log(dec.decode(new Uint8Array(ab, 2, 3)));
console.log(dec.decode(new DataView(ab, 5)));
console.log(dec.decode(new Uint16Array(ab, 4, 2)));
console.log(dec.decode(new Int8Array(ab, 8)));
console.log(dec.decode(ab));
console.log(dec.decode(Buffer.from('buffer')));
console.log(JSON.stringify(dec.decode(new Uint8Array(0))));
console.log(JSON.stringify(dec.decode(new ArrayBuffer(0))));
if (typeof SharedArrayBuffer === 'function') {
  const sab = new SharedArrayBuffer(2);
  new Uint8Array(sab).set([0x68, 0x69]);
  console.log(dec.decode(new Uint8Array(sab)));
} else {
  console.log('hi');
}
