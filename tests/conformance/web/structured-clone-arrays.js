const sparse = [1, , 3];
sparse[10] = 'ten';
sparse.extra = 'prop';
const c = structuredClone(sparse);
console.log(c, c.length, 1 in c, 5 in c, c.extra);
console.log(structuredClone([]), structuredClone([[1, [2, [3]]]]));
const big = Array.from({ length: 5 }, (_, i) => i * i);
console.log(structuredClone(big));
