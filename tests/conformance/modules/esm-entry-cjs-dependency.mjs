// With an ES module as the entry point there is no CommonJS main module.
import info from './fixtures/cjs-shapes/report-main.js';
console.log(JSON.stringify(info));
