// Named exports of CommonJS modules come from static analysis (cjs-module-lexer);
// the default export is always module.exports.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const shapes = ['exports-dot', 'module-exports-object', 'define-property', 'reexport', 'function', 'esmodule-default', 'primitive'];
for (const s of shapes) {
  const ns = await import(`./fixtures/cjs-shapes/${s}.js`);
  const direct = require(`./fixtures/cjs-shapes/${s}.js`);
  console.log(s + ':', JSON.stringify(Object.keys(ns).sort()), 'default === module.exports:', ns.default === direct);
}
