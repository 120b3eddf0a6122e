// fill() with strings in each encoding, over partial ranges.
for (const [value, enc] of [['ab', 'utf8'], ['é', 'utf8'], ['é', 'latin1'], ['€', 'ucs2'],
  ['0a0b0c', 'hex'], ['AQID', 'base64'], ['_-8', 'base64url'], ['xyz', 'ascii'], ['Z', 'binary']]) {
  console.log(value, enc, Buffer.alloc(7, 0).fill(value, 1, 6, enc).toString('hex'),
    Buffer.alloc(5, value, enc).toString('hex'));
}
