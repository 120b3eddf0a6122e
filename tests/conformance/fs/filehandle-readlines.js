'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('lines.txt'), 'one\ntwo\r\nthree\n\nfive');
(async () => {
  const fh = await fs.promises.open(p('lines.txt'));
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log(lines);
  console.log('closed with the stream', fh.fd);
})();
