// Array formatting: short arrays on one line, holes, extra props, long number arrays.
console.log([1, 2, 3]);
console.log([1, , 3]);
console.log(new Array(5));
console.log([undefined, null]);
const a = [1, 2];
a.extra = 'yes';
console.log(a);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
