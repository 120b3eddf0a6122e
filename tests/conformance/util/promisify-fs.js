const util = require('util');
(async () => {
  const fs = require('fs');
  const stat = util.promisify(fs.stat);
  const st = await stat(__filename);
  console.log(st.isFile());
  try { await stat('definitely-missing-file.txt'); } catch (e) { console.log(e.code, e.syscall); }
  const readFile = util.promisify(fs.readFile);
  console.log((await readFile(__filename, 'utf8')).split('\n')[0]);
})();
