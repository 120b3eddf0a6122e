'use strict';
// Prints what a failed assertion produced: message and Node's documented
// properties (never the stack, which differs between engines).
const util = require('util');

// Errors print without their stack.
function value(v) {
  if (v instanceof Error) return `<${v.name}: ${v.message}>`;
  return util.inspect(v);
}

function describe(e) {
  const lines = [`${e.name} ${e.code} operator=${util.inspect(e.operator)} generated=${e.generatedMessage}`];
  lines.push(`actual=${value(e.actual)} expected=${value(e.expected)}`);
  lines.push(`message: ${JSON.stringify(e.message)}`);
  return lines.join('\n');
}

function show(label, fn) {
  console.log(`-- ${label}`);
  try {
    fn();
    console.log('passed');
  } catch (e) {
    if (e && e.code === 'ERR_ASSERTION') console.log(describe(e));
    else console.log(`${e && e.name} ${e && e.code}: ${e && e.message}`);
  }
}

// Like show, but prints the message as it reads (multi-line).
function showMessage(label, fn) {
  console.log(`-- ${label}`);
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.message);
    console.log('<<');
  }
}

module.exports = { show, showMessage, describe };
