// Ordering of sink calls and write/ready/closed promises.
const log = [];
const ws = new WritableStream({
  start() { log.push('start'); },
  write(c) { log.push(`sink write ${c}`); },
  close() { log.push('sink close'); },
});
const w = ws.getWriter();
w.ready.then(() => log.push('ready'));
w.write(1).then(() => log.push('write 1 resolved'));
w.write(2).then(() => log.push('write 2 resolved'));
w.close().then(() => log.push('close resolved'));
w.closed.then(() => log.push('closed'));
Promise.resolve().then(() => log.push('tick'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 5);
