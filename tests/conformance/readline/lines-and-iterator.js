const readline = require('readline');
const EventEmitter = require('events');
const input = new EventEmitter();
input.resume = () => {}; input.pause = () => {};
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('close', () => console.log('close'));
input.emit('data', 'a\nb');
input.emit('data', 'c\r');
input.emit('data', '\nd\r\ne');
input.emit('end');
(async () => {
  const input2 = new EventEmitter(); input2.resume = () => {}; input2.pause = () => {};
  const rl2 = readline.createInterface({ input: input2 });
  setTimeout(() => { input2.emit('data', 'x\ny\n'); input2.emit('end'); }, 1);
  for await (const line of rl2) console.log('iter', line);
  console.log('iter done');
})();
