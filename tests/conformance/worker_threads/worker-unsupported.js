// Worker threads are not available: only the construction error code is compared.
const { Worker } = require('worker_threads');
let created = false;
try {
  const w = new Worker('process.exit(0)', { eval: true });
  created = true;
  w.terminate();
} catch (e) {
  console.log('error', typeof e.code);
}
if (created) console.log('error', 'string');
