// An unref'd timer does not keep the process alive: it never fires.
const t = setTimeout(() => console.log('SHOULD NOT RUN'), 50);
const ret = t.unref();
console.log('unref returns timer', ret === t);
console.log('hasRef', t.hasRef());
console.log('exiting');
