const events = require('events');
console.log(typeof events, events === events.EventEmitter, events.usingDomains);
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
  'addAbortListener', 'listenerCount', 'init']) {
  console.log(name, typeof events[name]);
}
console.log(typeof events.errorMonitor, events.captureRejectionSymbol.toString());
console.log(events.defaultMaxListeners, events.captureRejections);
const { EventEmitter } = require('node:events');
console.log(EventEmitter === events);
class Sub extends EventEmitter {
  constructor() { super({ captureRejections: false }); this.ready = true; }
}
const s = new Sub();
console.log(s instanceof EventEmitter, s.ready, s.getMaxListeners());
