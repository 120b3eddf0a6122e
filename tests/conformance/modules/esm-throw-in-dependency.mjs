// A dependency that throws: the importer's body never runs; exit code 1.
import './fixtures/esm/sib-fast.mjs';
import './fixtures/esm/throws.mjs';
console.log('main body (not reached)');
