const { on } = require('events');
const et = new EventTarget();
(async () => {
  setTimeout(() => {
    et.dispatchEvent(new Event('ping'));
    et.dispatchEvent(new CustomEvent('ping', { detail: 2 }));
  }, 1);
  let n = 0;
  for await (const [event] of on(et, 'ping')) {
    console.log(event.type, event.constructor.name, event.detail);
    if (++n === 2) break;
  }
  console.log(require('events').getEventListeners(et, 'ping').length);
})();
