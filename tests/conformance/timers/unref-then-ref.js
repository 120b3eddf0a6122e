// ref() after unref() keeps the loop alive again.
const t = setTimeout(() => console.log('fired', t.hasRef()), 10);
t.unref();
console.log('after unref', t.hasRef());
console.log('ref returns timer', t.ref() === t);
console.log('after ref', t.hasRef());
