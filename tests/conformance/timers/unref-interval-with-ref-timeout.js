// An unref'd interval keeps running while a ref'd timeout holds the loop open,
// and stops once nothing ref'd remains.
let n = 0;
const iv = setInterval(() => { n++; }, 2);
iv.unref();
setTimeout(() => {
  console.log('interval ran at least twice', n >= 2);
  console.log('interval hasRef', iv.hasRef());
  process.on('exit', () => console.log('exit'));
}, 40);
