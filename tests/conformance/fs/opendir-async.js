'use strict';
const { fs, p, err, clean } = require('./_helper');
const root = require('./_tree')(fs, p);
fs.opendir(root, (e, dir) => {
  console.log('opened', e, clean(dir.path));
  const seen = [];
  const next = () => dir.read((e2, entry) => {
    if (e2) throw e2;
    if (entry === null) {
      console.log('callback read', seen.sort());
      dir.close((e3) => {
        console.log('closed', e3);
        dir.close((e4) => {
          console.log('close again', err(e4));
          iterate();
        });
      });
      return;
    }
    seen.push(entry.name);
    next();
  });
  next();
});
async function iterate() {
  const dir = await fs.promises.opendir(root);
  const names = [];
  for await (const entry of dir) names.push(entry.name);
  console.log('for await', names.sort());
  try {
    await dir.close();
  } catch (e) {
    console.log('closed by iteration', err(e));
  }
  const d2 = await fs.promises.opendir(root);
  console.log('promise read', typeof (await d2.read()).name);
  await d2.close();
  try {
    await d2.read();
  } catch (e) {
    console.log('read after close', err(e));
  }
  fs.opendir(p('nope'), (e) => console.log('missing', err(e)));
}
