// Named exports of a CJS module are found by static analysis: a name that is
// never assigned at runtime still appears (as undefined), and forms the
// analysis does not recognise are only reachable through the default export.
import * as ns from './fixtures/cjs-shapes/lexer-edges.js';
console.log(JSON.stringify(Object.keys(ns).sort()));
console.log('neverAssigned in ns:', 'neverAssigned' in ns, ns.neverAssigned);
console.log('getIdent.x:', ns.getIdent.x, 'bracket:', ns.bracket, 'viaModule:', ns.viaModule);
console.log('default keys:', JSON.stringify(Object.keys(ns.default).sort()));
