// Extra arguments to setTimeout/setInterval are passed to the callback.
setTimeout((a, b, c) => console.log('timeout args', a, b, c), 0, 'x', 42, { k: true });
const iv = setInterval((word, count) => {
  console.log('interval args', word, count);
  clearInterval(iv);
}, 1, 'hello', 7);
setTimeout(function () {
  console.log('no extra args', arguments.length);
}, 2);
