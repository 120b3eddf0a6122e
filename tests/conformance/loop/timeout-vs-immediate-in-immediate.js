// Inside a setImmediate callback: a new immediate goes to the NEXT check phase,
// so an already-expired setTimeout(0) (timers phase) runs first.
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate 2'));
  const start = Date.now();
  while (Date.now() - start < 5) {} // make sure the 1ms timer is due
});
