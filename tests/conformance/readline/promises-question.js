// readline/promises: question returns a promise.
const readline = require('readline/promises');
const EventEmitter = require('events');
const input = new EventEmitter();
input.resume = () => {};
input.pause = () => {};
const rl = readline.createInterface({ input, output: { write() { return true; } } });
(async () => {
  setTimeout(() => input.emit('data', '42\n'), 1);
  const a = await rl.question('n? ');
  console.log('got', a, typeof a);
  rl.close();
})();
console.log(typeof require('readline').promises.createInterface);
