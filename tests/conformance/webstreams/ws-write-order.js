// Only one write runs at a time; later writes wait for it.
const { delay } = require('./_util');
(async () => {
  const log = [];
  const ws = new WritableStream({
    async write(chunk) {
      log.push(`start ${chunk}`);
      await delay(chunk === 'a' ? 5 : 1);
      log.push(`end ${chunk}`);
    },
    close() { log.push('close'); },
  });
  const w = ws.getWriter();
  w.write('a').then(() => log.push('a resolved'));
  w.write('b').then(() => log.push('b resolved'));
  w.write('c').then(() => log.push('c resolved'));
  await w.close();
  log.push('close resolved');
  console.log(log.join('\n'));
})();
