// When pull() runs relative to reads and start().
const log = [];
let n = 0;
const rs = new ReadableStream({
  start() { log.push('start'); },
  pull(c) {
    log.push(`pull ${n} desired=${c.desiredSize}`);
    c.enqueue(n++);
    if (n === 4) c.close();
  },
}, { highWaterMark: 2 });
log.push('constructed');
const reader = rs.getReader();
Promise.resolve().then(() => log.push('tick 1'));
reader.read().then((r) => log.push(`read ${JSON.stringify(r)}`));
reader.read().then((r) => log.push(`read ${JSON.stringify(r)}`));
setTimeout(async () => {
  log.push(`read ${JSON.stringify(await reader.read())}`);
  log.push(`read ${JSON.stringify(await reader.read())}`);
  log.push(`read ${JSON.stringify(await reader.read())}`);
  console.log(log.join('\n'));
}, 5);
