// A throw inside a .then callback rejects the derived promise; a catch
// further down the chain handles it and the chain continues.
Promise.resolve(1)
  .then((v) => { console.log('then', v); throw new Error('in then'); })
  .then(() => console.log('SHOULD NOT RUN'))
  .catch((e) => { console.log('catch', e.message); return 'recovered'; })
  .then((v) => console.log('then after catch', v))
  .finally(() => console.log('finally'));
