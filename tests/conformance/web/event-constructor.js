const e = new Event('foo', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase);
console.log(e.target, e.currentTarget, e.srcElement, e.isTrusted, e.composedPath());
console.log(typeof e.timeStamp, e.timeStamp >= 0);
const d = new Event('bar');
console.log(d.bubbles, d.cancelable, d.composed, d.returnValue, d.cancelBubble);
console.log(new Event(123).type, new Event(null).type, new Event(undefined).type);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.prototype.toString.call(e), e instanceof Event, Event.length);
try { new Event(); } catch (err) { console.log(err.name, err.code, err.message); }
try { new Event('x', 5); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(new Event('x', null).type);
const getter = Object.getOwnPropertyDescriptor(Event.prototype, 'type').get;
try { getter.call({}); } catch (err) { console.log(err.code, err.message); }
try { Event.prototype.preventDefault.call({}); } catch (err) { console.log(err.code, err.message); }
e.initEvent('renamed', false, false);
console.log(e.type, e.bubbles, e.cancelable);
