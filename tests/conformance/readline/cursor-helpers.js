// The ANSI helpers write Node's escape sequences.
const readline = require('readline');
const out = [];
const stream = { write: (s, cb) => { out.push(s); if (cb) cb(); return true; } };
readline.cursorTo(stream, 3);
readline.cursorTo(stream, 3, 4);
readline.moveCursor(stream, -2, 1);
readline.moveCursor(stream, 5, -3);
readline.clearLine(stream, -1);
readline.clearLine(stream, 0);
readline.clearLine(stream, 1);
readline.clearScreenDown(stream);
console.log(JSON.stringify(out));
