// printf-like format specifiers.
console.log('%s is %d years', 'Bob', 42);
console.log('%i %i %i', 42.9, '17.5', -3.7);
console.log('%d', '0x10');
console.log('%f %f', '3.25', 'abc');
console.log('%j', { a: [1, 2], b: 'x' });
console.log('%o', { a: 1 });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('100%% sure', 'extra');
console.log('%s', 'only one', 'two', 3);
console.log('missing %s and %d');
console.log('%s', { obj: 1 }, [2]);
console.log('%s %s %s', null, undefined, 12n);
console.log('%d %i', 12n, 34n);
console.log('%c styled', 'color: red');
console.log('%x unknown');
console.log(5, '%s', 'not a format');
