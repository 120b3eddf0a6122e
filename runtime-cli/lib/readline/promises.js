'use strict';
// `readline/promises`: the same Interface with a promise-returning question.

const readline = require('readline');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (signal && signal.aborted) {
        reject(signal.reason);
        return;
      }
      super.question(query, options, resolve);
      if (signal) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface };
