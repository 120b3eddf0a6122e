// Circular references are shown as [Circular *1] with a <ref *1> marker.
const a = { name: 'a' };
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log(x);
