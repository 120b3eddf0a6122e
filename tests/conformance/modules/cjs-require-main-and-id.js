const path = require('path');
console.log('require.main === module:', require.main === module);
console.log('module.id:', module.id);
console.log('process.mainModule === module:', process.mainModule === module);
const child = require('./fixtures/wrapper/child.js');
console.log('child.isMain:', child.isMain);
console.log('child id relative:', path.relative(__dirname, child.id));
console.log('child id === filename:', child.id === child.filename);
console.log('child.parentIsMain:', child.parentIsMain);
