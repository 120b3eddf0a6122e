const et = new EventTarget();
try { et.addEventListener('x'); } catch (e) { console.log(e.code, e.message); }
try { et.addEventListener('x', 5); } catch (e) { console.log(e.code, e.message); }
try { et.addEventListener('x', 'str'); } catch (e) { console.log(e.code, e.message); }
try { et.removeEventListener('x'); } catch (e) { console.log(e.code, e.message); }
try { et.dispatchEvent({ type: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { et.dispatchEvent('x'); } catch (e) { console.log(e.code, e.message); }
try { EventTarget.prototype.addEventListener.call({}, 'x', () => {}); } catch (e) { console.log(e.code, e.message); }
try { EventTarget.prototype.dispatchEvent.call({}, new Event('x')); } catch (e) { console.log(e.code, e.message); }
et.removeEventListener('x', () => {});
et.removeEventListener('x', null);
console.log('removing unknown listeners is fine');
const ev = new Event('r');
et.addEventListener('r', () => {
  try { et.dispatchEvent(ev); } catch (e) { console.log(e.code, e.message); }
});
et.dispatchEvent(ev);
et.dispatchEvent(ev);
