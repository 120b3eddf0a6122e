// 'beforeExit' fires when the loop empties; scheduling work revives the loop,
// after which 'beforeExit' fires again. 'exit' comes last.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds < 3) {
    setTimeout(() => console.log('revived timer', rounds), 1);
  }
  if (rounds > 10) process.exit(99); // guard against an infinite loop
});
process.on('exit', (code) => console.log('exit', code, 'rounds', rounds));
console.log('main');
