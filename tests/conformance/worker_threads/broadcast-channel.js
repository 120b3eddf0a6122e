// BroadcastChannel delivers to other instances of the same name, not to itself.
const { BroadcastChannel } = require('worker_threads');
const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const other = new BroadcastChannel('elsewhere');
b.onmessage = (e) => {
  console.log('b got', e.data);
  a.close();
  b.close();
  other.close();
};
a.onmessage = () => console.log('a should not get its own message');
other.onmessage = () => console.log('other room should not get it');
console.log(a.name, typeof a.postMessage);
a.postMessage({ hello: 'world' });
