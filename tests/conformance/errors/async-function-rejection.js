// A throwing async function whose promise is ignored is an unhandled rejection.
async function bad() {
  console.log('bad starts');
  await null;
  throw new TypeError('async fail');
}
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason.name, reason.message);
  process.exitCode = 2;
});
bad();
console.log('sync end');
