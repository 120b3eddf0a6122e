const util = require('util');
const esc = (s) => JSON.stringify(s);
// A list of formats is always styled; a single format only for a color stream.
console.log(esc(util.styleText(['bold', 'red'], 'hi')));
console.log(esc(util.styleText(['underline'], 'u')));
console.log(esc(util.styleText(['bgBlue', 'italic', 'green'], 'x')));
console.log(esc(util.styleText('red', 'plain when piped')));
console.log(esc(util.styleText('red', 'forced', { validateStream: false })));
console.log(esc(util.styleText('gray', 'g', { validateStream: false })));
const fakeTTY = { isTTY: true, on() {}, write() {}, getColorDepth: () => 8 };
console.log(esc(util.styleText('blue', 'tty', { stream: fakeTTY })));
for (const args of [['nope', 'x'], ['red', 5], [5, 'x'], [['red', 'bogus'], 'x'],
  ['red', 'x', { validateStream: 'yes' }], ['red', 'x', { stream: {} }]]) {
  try { util.styleText(...args); } catch (e) { console.log(e.code, e.message.slice(0, 90)); }
}
