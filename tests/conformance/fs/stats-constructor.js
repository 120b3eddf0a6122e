'use strict';
const fs = require('fs');
const s = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11000, 12000, 13000, 14000);
console.log(s);
console.log(s.isFile(), s.isDirectory(), s.atime.toISOString(), s.birthtime.getTime());
const d = new fs.Stats(1, 0o040755);
console.log(d.isDirectory(), d.isFile(), d.size);
const empty = new fs.Stats();
console.log(empty.isFile(), empty.isDirectory(), empty.mode);
