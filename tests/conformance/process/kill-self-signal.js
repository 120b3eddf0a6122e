// Sending a signal to ourselves reaches a listener; names and numbers both work.
let count = 0;
process.on('SIGUSR1', (name, num) => {
  console.log('got', name, num);
  if (++count === 1) {
    console.log(process.kill(process.pid, 10));
  } else {
    process.removeAllListeners('SIGUSR1');
  }
});
console.log(process.kill(process.pid, 'SIGUSR1'));
// Keeps the loop alive until both signals have arrived.
const keep = setInterval(() => { if (count === 2) clearInterval(keep); }, 5);
