// An unref'd interval keeps running while a ref'd timeout holds the loop open,
// and the process exits once nothing ref'd remains.
let n = 0;
const iv = setInterval(() => { n++; }, 2);
iv.unref();
let polls = 0;
function poll() {
  polls++;
  if (n >= 3) {
    console.log('interval ran at least 3 times');
    console.log('interval hasRef', iv.hasRef());
    return; // nothing ref'd left: the process exits with the interval still active
  }
  if (polls > 400) {
    console.log('interval did not run');
    return;
  }
  setTimeout(poll, 5);
}
setTimeout(poll, 5);
process.on('exit', () => console.log('exit'));
