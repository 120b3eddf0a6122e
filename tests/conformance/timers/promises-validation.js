// Bad arguments reject (never throw synchronously) with Node's errors.
const tp = require('timers/promises');
const cases = [
  ['timeout options number', () => tp.setTimeout(1, 'v', 5)],
  ['timeout options null', () => tp.setTimeout(1, 'v', null)],
  ['timeout signal number', () => tp.setTimeout(1, 'v', { signal: 5 })],
  ['timeout signal null', () => tp.setTimeout(1, 'v', { signal: null })],
  ['timeout signal object', () => tp.setTimeout(1, 'v', { signal: {} })],
  ['timeout ref string', () => tp.setTimeout(1, 'v', { ref: 'x' })],
  ['timeout delay string', () => tp.setTimeout('abc', 'v')],
  ['immediate options string', () => tp.setImmediate('i', 'x')],
  ['immediate ref number', () => tp.setImmediate('i', { ref: 1 })],
  ['interval options number', () => tp.setInterval(1, 'v', 5).next()],
  ['interval delay string', () => tp.setInterval('x').next()],
  ['interval ref', () => tp.setInterval(1, 'v', { ref: null }).next()],
];
(async () => {
  for (const [label, f] of cases) {
    let p;
    try {
      p = f();
    } catch (e) {
      console.log(label, 'threw synchronously', e.code);
      continue;
    }
    try {
      await p;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, '->', e.name, e.code, e.message);
    }
  }
})();
