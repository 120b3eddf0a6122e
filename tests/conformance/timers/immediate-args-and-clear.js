// setImmediate passes args; clearImmediate cancels, even from another immediate.
setImmediate((a, b) => console.log('immediate args', a, b), 'p', 9);
let victim;
setImmediate(() => {
  console.log('clearing victim');
  clearImmediate(victim);
});
victim = setImmediate(() => console.log('SHOULD NOT RUN'));
const cancelled = setImmediate(() => console.log('SHOULD NOT RUN 2'));
clearImmediate(cancelled);
clearImmediate(undefined);
const im = setImmediate(() => console.log('last'));
console.log('hasRef', im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());
