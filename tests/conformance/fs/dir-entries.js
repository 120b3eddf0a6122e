'use strict';
const { fs, p } = require('./_helper');
require('./_tree')(fs, p);
(async () => {
  const dir = fs.opendirSync(p('tree'));
  const names = [];
  for await (const d of dir.entries()) names.push(`${d.name}:${d.isDirectory()}`);
  console.log(names.sort());
  const rec = await fs.promises.opendir(p('tree'), { recursive: true });
  const all = [];
  for await (const d of rec) all.push(d.name);
  console.log(all.sort());
  const early = await fs.promises.opendir(p('tree'));
  for await (const d of early) {
    console.log('first only', typeof d.name);
    break;
  }
  try {
    early.readSync();
  } catch (e) {
    console.log('closed after break', e.code);
  }
})();
