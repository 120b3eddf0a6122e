// Top-level primitives are printed raw, space-separated.
console.log(1, -0, 0, 1.5, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined);
console.log('plain string', 'with "quotes"', "it's");
console.log(10n, -5n);
console.log(Symbol('sym'), Symbol(), Symbol.iterator);
console.log('');
console.log();
console.log('a\nb');
console.log('end');
