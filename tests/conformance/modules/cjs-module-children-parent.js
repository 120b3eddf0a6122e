const path = require('path');
const rel = (m) => path.relative(__dirname, m.filename);
console.log('children before:', module.children.length);
require('./fixtures/wrapper/child.js');
require('./fixtures/wrapper/second.js');
require('./fixtures/wrapper/child.js'); // cached: not added again
require('fs'); // builtins are not children
console.log('children:', module.children.map(rel).join(' '));
const [c1, c2] = module.children;
console.log('child.parent === module:', c1.parent === module, c2.parent === module);
console.log('main module.parent:', module.parent);
console.log('child is a Module:', c1 instanceof module.constructor);
console.log('child.children:', c1.children.length);
