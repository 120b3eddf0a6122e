// pipeTo waits for writer.ready: a slow sink limits how far the source runs.
const { delay } = require('./_util');
(async () => {
  const log = [];
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      log.push(`pull ${n}`);
      c.enqueue(n++);
      if (n === 5) c.close();
    },
  }, { highWaterMark: 0 });
  const ws = new WritableStream({
    async write(chunk) {
      log.push(`write start ${chunk}`);
      await delay(2);
      log.push(`write end ${chunk}`);
    },
    close() { log.push('close'); },
  }, { highWaterMark: 1 });
  await rs.pipeTo(ws);
  console.log(log.join('\n'));
})();
