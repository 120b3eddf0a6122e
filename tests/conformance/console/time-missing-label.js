// console.timeEnd/timeLog for an unknown label only warn (stderr); nothing on stdout.
// (Time values themselves are not printed by this test.)
console.log('before');
console.timeEnd('no-such-label');
console.timeLog('no-such-label');
console.countReset('never-counted');
console.log('after');
