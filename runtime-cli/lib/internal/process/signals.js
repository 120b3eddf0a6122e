'use strict';
// Signal names and numbers (Linux), and `process.on('SIGxxx')` wiring: a
// signal is watched natively while the process has a listener for it.

const { codes } = require('internal/errors');

const numbers = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12,
  SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18,
  SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29,
  SIGPWR: 30, SIGSYS: 31,
};
const names = {};
for (const [name, n] of Object.entries(numbers)) {
  if (names[n] === undefined) names[n] = name;
}

function toNumber(sig) {
  if (typeof sig === 'number') {
    if (sig === 0 || names[sig] !== undefined) return sig;
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  if (typeof sig === 'string' && numbers[sig] !== undefined) return numbers[sig];
  throw new codes.ERR_UNKNOWN_SIGNAL(sig);
}

let proc;
const watchable = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGCHLD', 'SIGUSR1',
  'SIGUSR2', 'SIGWINCH', 'SIGPIPE', 'SIGALRM', 'SIGCONT', 'SIGTSTP']);

function attach(process) {
  proc = process;
  process.on('newListener', (type) => {
    if (typeof type === 'string' && watchable.has(type) && process.listenerCount(type) === 0) {
      binding.signals.watch(numbers[type]);
    }
  });
  process.on('removeListener', (type) => {
    if (typeof type === 'string' && watchable.has(type) && process.listenerCount(type) === 0) {
      binding.signals.unwatch(numbers[type]);
    }
  });
}

function dispatch(signum) {
  const name = names[signum];
  if (name !== undefined) proc.emit(name, name, signum);
}

module.exports = { numbers, names, toNumber, attach, dispatch };
