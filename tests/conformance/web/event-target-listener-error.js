const et = new EventTarget();
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));
et.addEventListener('x', () => { console.log('first'); throw new Error('boom'); });
et.addEventListener('x', () => console.log('second still runs'));
et.addEventListener('x', async () => { throw new Error('async boom'); });
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
console.log('after dispatch (errors are reported later)');
// Late enough that both reports come first even on a loaded machine.
setTimeout(() => console.log('timeout'), 100);
