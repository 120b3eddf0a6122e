// fs.watch on a directory reports entries appearing, changing and moving;
// promises.watch gives the same as an async iterator; close() ends both.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'watch-'));
const seen = [];
const w = fs.watch(dir, (eventType, filename) => seen.push(`${eventType} ${filename}`));
w.on('close', () => console.log('close event'));
const step = (ms, fn) => new Promise((r) => setTimeout(() => { fn(); r(); }, ms));
(async () => {
  await step(30, () => fs.writeFileSync(path.join(dir, 'a.txt'), 'x'));
  await step(30, () => fs.appendFileSync(path.join(dir, 'a.txt'), 'y'));
  await step(30, () => fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt')));
  await step(30, () => fs.unlinkSync(path.join(dir, 'b.txt')));
  await step(30, () => w.close());
  console.log(seen.join('\n'));
  const ac = new AbortController();
  const events = [];
  setTimeout(() => { fs.writeFileSync(path.join(dir, 'c.txt'), 'z'); setTimeout(() => ac.abort(), 60); }, 30);
  try {
    for await (const e of fs.promises.watch(dir, { signal: ac.signal })) {
      events.push(`${e.eventType} ${e.filename}`);
    }
  } catch (err) {
    console.log('iterator ended with', err.name);
  }
  console.log(events.join('\n'));
  try {
    fs.watch(path.join(dir, 'missing'));
  } catch (err) {
    console.log(err.code, err.syscall);
  }
  const unref = fs.watch(dir, { persistent: false });
  console.log('unref watcher lets the process exit', typeof unref.close);
  fs.rmSync(dir, { recursive: true });
})();
