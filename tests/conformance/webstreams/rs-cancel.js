// cancel(): the source's cancel runs with the reason; pending reads end.
const log = [];
const rs = new ReadableStream({
  start(c) { c.enqueue(1); },
  cancel(reason) {
    log.push(`source cancel ${reason}`);
    return new Promise((r) => setTimeout(() => { log.push('cancel settled'); r('ignored'); }, 5));
  },
});
const reader = rs.getReader();
reader.read().then((r) => log.push(`read1 ${JSON.stringify(r)}`));
reader.read().then((r) => log.push(`read2 ${JSON.stringify(r)}`));
reader.cancel('why').then((v) => {
  log.push(`cancel resolved ${v}`);
  return reader.closed;
}).then(() => {
  log.push('closed');
  console.log(log.join('\n'));
});
const rs2 = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
rs2.cancel().catch((e) => console.log('rejected', e.message));
const rs3 = new ReadableStream({ start(c) { c.close(); }, cancel() { console.log('never'); } });
rs3.cancel().then((v) => console.log('closed stream cancel', v));
const rs4 = new ReadableStream({ start(c) { c.error(new Error('E')); } });
rs4.cancel().catch((e) => console.log('errored stream cancel', e.message));
