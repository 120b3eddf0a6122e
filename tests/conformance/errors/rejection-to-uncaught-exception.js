// Without an 'unhandledRejection' listener, an unhandled rejection is routed to
// 'uncaughtException' listeners with origin 'unhandledRejection'; the process survives.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, 'origin:', origin);
});
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (c) => console.log('exit', c));
