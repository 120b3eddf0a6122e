// Delays of 0, -1, NaN, undefined, '100' (string) and > 2^31-1 are coerced;
// out-of-range / invalid values become 1ms (TimeoutOverflowWarning on stderr).
// The overflow timers come first so the (slow) warning is emitted before the
// string-delay timer is created.
setTimeout(() => console.log('huge 2^31'), 2 ** 31);
setTimeout(() => console.log('Infinity'), Infinity);
setTimeout(() => console.log('string "100"'), '100');
setTimeout(() => console.log('negative -1'), -1);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('150ms'), 150);
