const et = new EventTarget();
const listener = {
  calls: 0,
  handleEvent(e) { this.calls++; console.log('handleEvent', e.type, this === listener); },
};
et.addEventListener('h', listener);
et.dispatchEvent(new Event('h'));
// handleEvent is looked up at dispatch time.
listener.handleEvent = function (e) { console.log('replaced handler', e.type); };
et.dispatchEvent(new Event('h'));
const noHandler = {};
et.addEventListener('n', noHandler);
console.log('object without handleEvent is ignored', et.dispatchEvent(new Event('n')));
et.removeEventListener('h', listener);
console.log('removed', et.dispatchEvent(new Event('h')), listener.calls);
