'use strict';
const { fs, p, clean } = require('./_helper');
fs.writeFileSync(p('f'), '');
const [d] = fs.readdirSync(p(), { withFileTypes: true });
console.log(d.constructor.name, d instanceof fs.Dirent, Object.keys(d));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(d)));
console.log(Object.getOwnPropertySymbols(d).map(String));
console.log(d.name, clean(d.path), d.isFile(), d.isDirectory(), d.isBlockDevice(), d.isCharacterDevice(),
  d.isSymbolicLink(), d.isFIFO(), d.isSocket());
const made = new fs.Dirent('x', fs.constants.UV_DIRENT_DIR, '/base');
console.log(made.name, made.path, made.isDirectory(), made.isFile());
