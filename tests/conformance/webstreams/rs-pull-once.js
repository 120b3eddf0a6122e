// pull() is not called again until its promise settles.
let calls = 0;
let release;
const rs = new ReadableStream({
  pull(c) {
    calls++;
    console.log('pull', calls);
    if (calls === 1) {
      return new Promise((r) => { release = () => { c.enqueue('late'); r(); }; });
    }
    c.enqueue(calls);
    if (calls === 3) c.close();
    return undefined;
  },
}, { highWaterMark: 0 });
const reader = rs.getReader();
reader.read().then((r) => console.log('r1', r));
reader.read().then((r) => console.log('r2', r));
setTimeout(() => {
  console.log('calls before release', calls);
  release();
  setTimeout(() => reader.read().then((r) => console.log('r3', r)), 5);
}, 5);
