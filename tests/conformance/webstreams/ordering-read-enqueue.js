// Microtask ordering between reads, enqueues and user promises.
const log = [];
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } });
const reader = rs.getReader();
reader.read().then((r) => log.push(`read1 ${r.value}`));
Promise.resolve().then(() => log.push('user tick 1'));
ctl.enqueue('a');
log.push('after enqueue a');
reader.read().then((r) => log.push(`read2 ${r.value}`));
ctl.enqueue('b');
Promise.resolve().then(() => log.push('user tick 2'));
reader.closed.then(() => log.push('closed'));
ctl.close();
reader.read().then((r) => log.push(`read3 done=${r.done}`));
setTimeout(() => console.log(log.join('\n')), 5);
