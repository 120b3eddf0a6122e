// MessageChannel: messages are cloned and delivered asynchronously, in order.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let n = 0;
port2.on('message', (m) => {
  console.log('got', m);
  if (++n === 3) port2.close();
});
port2.on('close', () => console.log('port2 close'));
port1.postMessage({ a: 1 });
port1.postMessage('two');
port1.postMessage([3]);
console.log('posted');
const c = new MessageChannel();
c.port1.postMessage('sync');
console.log(receiveMessageOnPort(c.port2), receiveMessageOnPort(c.port2));
c.port1.close();
try { receiveMessageOnPort({}); } catch (e) { console.log(e.name, e.code); }
