// process.nextTick forwards extra arguments to the callback.
process.nextTick((a, b, c) => {
  console.log(a, b, c);
}, 1, 'two', [3]);
process.nextTick(function (...args) {
  console.log('count', args.length);
});
process.nextTick((x) => console.log('undefined?', x === undefined));
