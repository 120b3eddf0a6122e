// An uncaught error at the top level of the entry ES module: exit code 1.
import './fixtures/esm/x.mjs';
process.on('exit', (code) => console.log('exit event, code', code));
console.log('before throw');
throw new Error('top-level failure');
console.log('not reached');
