const s = AbortSignal.timeout(10);
console.log(s.aborted);
s.addEventListener('abort', () => {
  console.log('timed out', s.aborted, s.reason.name, s.reason.message, s.reason.code);
});
// An unref'd timeout alone does not keep the process alive.
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));
for (const bad of [-1, 'x', 2 ** 32]) {
  try { AbortSignal.timeout(bad); } catch (e) { console.log(e.code, e.message); }
}
setTimeout(() => console.log('keeping alive long enough'), 30);
