// Every byte value through each encoding and back.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2']) {
  const s = all.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.equals(all), Buffer.byteLength(s, enc));
}
const ascii = Buffer.from(all.toString('ascii'), 'latin1');
console.log('ascii', ascii.length, ascii[200], ascii[127]);
const utf8 = all.toString('utf8');
console.log('utf8', utf8.length, Buffer.byteLength(utf8), (utf8.match(/\ufffd/g) || []).length);
console.log(all.toString('base64').slice(-12), all.toString('base64url').slice(-12));
console.log(all.toString('hex', 250), all.toString('latin1', 65, 70));
