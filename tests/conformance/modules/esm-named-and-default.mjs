import greet, { one, two, add, Point, renamed } from './fixtures/esm/lib.mjs';
import { default as greet2, add as plus } from './fixtures/esm/lib.mjs';
console.log(greet('world'), greet === greet2);
console.log(one, two, add(1, 2), plus === add);
console.log(new Point(5).x, typeof Point);
console.log(renamed);
console.log('function name of default:', greet.name);
