console.log('main: before await');
const v = await Promise.resolve('resolved value');
console.log('main: got', v);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('main: after timer');
const { ready } = await import('./fixtures/esm/timer-tla.mjs');
console.log('main:', ready);
setTimeout(() => console.log('timer queued after TLA'), 0);
console.log('main: end of body');
