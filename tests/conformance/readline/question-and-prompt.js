// question() answers with the next line; prompt() writes the prompt to output.
const readline = require('readline');
const EventEmitter = require('events');
const input = new EventEmitter();
input.resume = () => {};
input.pause = () => {};
const written = [];
const output = { write: (s) => { written.push(s); return true; } };
const rl = readline.createInterface({ input, output, prompt: '$ ' });
rl.question('name? ', (answer) => {
  console.log('answer', answer);
  rl.setPrompt('>> ');
  rl.prompt();
  console.log('prompt', rl.getPrompt());
  input.emit('data', 'after\n');
});
rl.on('line', (l) => {
  console.log('line', l);
  rl.close();
});
rl.on('close', () => {
  console.log('written', JSON.stringify(written));
  try {
    rl.question('again?', () => {});
  } catch (e) {
    console.log(e.code);
  }
});
input.emit('data', 'Ada\n');
