// An unref'd immediate alone does not keep the loop alive: it never runs.
const im = setImmediate(() => console.log('SHOULD NOT RUN'));
im.unref();
console.log('hasRef', im.hasRef());
console.log('sync end');
