// console.group indents subsequent output by 2 spaces per level.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.log('multi\nline');
console.group();
console.log({ a: 1 });
console.log([1, 2, 3, 4, 5, 6, 7]);
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
