// console.count / countReset labels.
console.count();
console.count();
console.count('a');
console.count('a');
console.count('default');
console.countReset('a');
console.count('a');
console.countReset();
console.count();
