// refresh() pushes a timeout back; an unref'd interval doesn't hold the
// process, a ref'd timeout does, and hasRef follows ref/unref.
const start = Date.now();
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 5).unref();
console.log('interval hasRef', iv.hasRef());
const t = setTimeout(() => {
  console.log('timeout fired after refresh:', Date.now() - start >= 40);
  console.log('interval ticked meanwhile:', ticks > 0);
}, 30);
setTimeout(() => t.refresh(), 15);
const u = setTimeout(() => console.log('never: unref and alone'), 100000);
u.unref();
console.log('u hasRef', u.hasRef(), 'ref again', u.ref().hasRef());
u.unref();
