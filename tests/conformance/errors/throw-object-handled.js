// Non-Error thrown values reach 'uncaughtException' unchanged.
function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array ' + v.join('+');
  if (typeof v === 'object') return 'object with code ' + v.code;
  return typeof v + ' ' + String(v);
}
process.on('uncaughtException', (err) => console.log('caught', describe(err)));
setTimeout(() => { throw { code: 'E_CUSTOM' }; }, 1);
setTimeout(() => { throw 42; }, 2);
setTimeout(() => { throw null; }, 3);
setTimeout(() => { throw [1, 2]; }, 4);
setTimeout(() => { throw undefined; }, 5);
setTimeout(() => console.log('done'), 15);
