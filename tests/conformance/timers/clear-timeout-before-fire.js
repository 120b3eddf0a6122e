// A cleared timeout never fires; clearing twice or clearing junk is harmless.
const t = setTimeout(() => console.log('SHOULD NOT RUN'), 5);
clearTimeout(t);
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345678);
clearTimeout({});
const t2 = setTimeout(() => console.log('SHOULD NOT RUN 2'), 0);
setTimeout(() => console.log('kept'), 1);
clearTimeout(t2);
console.log('sync done');
