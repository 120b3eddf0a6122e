// Delays of 0, -1, NaN, undefined, '10' (string) and > 2^31-1 are coerced;
// out-of-range / invalid values become 1ms (TimeoutOverflowWarning on stderr).
const order = [];
setTimeout(() => console.log('string "10"'), '10');
setTimeout(() => console.log('huge 2^31'), 2 ** 31);
setTimeout(() => console.log('negative -1'), -1);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('Infinity'), Infinity);
setTimeout(() => console.log('30ms'), 30);
