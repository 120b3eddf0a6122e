// A signal listener runs on the loop; removing the last one restores the default.
let count = 0;
function onUsr2(name, num) {
  count++;
  console.log('got', name, num, count);
  if (count === 2) {
    process.removeListener('SIGUSR2', onUsr2);
    console.log('listeners left', process.listenerCount('SIGUSR2'));
    clearTimeout(keepAlive);
  } else {
    process.kill(process.pid, 'SIGUSR2');
  }
}
process.on('SIGUSR2', onUsr2);
const keepAlive = setTimeout(() => console.log('not reached'), 20000);
process.kill(process.pid, 'SIGUSR2');
console.log('sent');
