// pull() waits for start()'s promise; a rejected start errors the stream.
const log = [];
const rs = new ReadableStream({
  start() {
    log.push('start');
    return new Promise((resolve) => setTimeout(() => { log.push('start done'); resolve(); }, 5));
  },
  pull(c) {
    log.push('pull');
    c.enqueue('x');
    c.close();
  },
});
rs.getReader().read().then((r) => {
  log.push(`read ${r.value}`);
  console.log(log.join('\n'));
});
const rs2 = new ReadableStream({ start() { return Promise.reject(new Error('start rejected')); } });
rs2.getReader().closed.catch((e) => console.log('closed', e.message));
const rs3 = new ReadableStream({
  pull() { throw new Error('pull threw'); },
});
rs3.getReader().read().catch((e) => console.log('read', e.message));
const rs4 = new ReadableStream({
  pull() { return Promise.reject(new Error('pull rejected')); },
});
rs4.getReader().read().catch((e) => console.log('read', e.message));
