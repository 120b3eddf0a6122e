const { types } = require('util');
const values = {
  resolved: Promise.resolve(1), rejectedHandled: Promise.reject(new Error('x')).catch(() => {}),
  thenable: { then(r) { r(); } }, asyncResult: (async () => {})(), error: new Error('e'),
  domException: new DOMException('d'), aggregate: new AggregateError([], 'agg'),
  errorLike: { name: 'Error', message: 'm', stack: 's' },
};
for (const [name, v] of Object.entries(values)) {
  console.log(name, types.isPromise(v), types.isNativeError(v));
}
