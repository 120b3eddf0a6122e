// abort(): the sink's abort runs, queued writes reject, signal fires.
const { delay } = require('./_util');
(async () => {
  const log = [];
  let ctl;
  const ws = new WritableStream({
    start(c) { ctl = c; },
    async write(chunk) { log.push(`write ${chunk}`); await delay(3); },
    abort(reason) { log.push(`sink abort ${reason}`); },
  });
  ctl.signal.addEventListener('abort', () => log.push(`signal ${ctl.signal.reason}`));
  const w = ws.getWriter();
  const p1 = w.write('first');
  const p2 = w.write('second');
  await delay(1);
  const ap = w.abort('stop now');
  p1.then(() => log.push('p1 resolved'), (e) => log.push(`p1 rejected ${e}`));
  p2.then(() => log.push('p2 resolved'), (e) => log.push(`p2 rejected ${e}`));
  w.closed.catch((e) => log.push(`closed rejected ${e}`));
  await ap;
  log.push('abort resolved');
  await delay(1);
  console.log(log.join('\n'));
  console.log(ctl.signal.aborted, w.desiredSize);
  const ws2 = new WritableStream({ abort() { throw new Error('abort failed'); } });
  await ws2.abort('x').catch((e) => console.log('abort rejected', e.message));
  const ws3 = new WritableStream();
  await ws3.close();
  console.log('abort after close', await ws3.abort('late'));
})();
