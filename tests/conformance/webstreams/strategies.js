// CountQueuingStrategy and ByteLengthQueuingStrategy.
const show = (e) => console.log(e.name, e.code, e.message);
const c = new CountQueuingStrategy({ highWaterMark: 5 });
console.log(c.highWaterMark, c.size(), c.size('anything'), c.size.name, c.size.length);
const b = new ByteLengthQueuingStrategy({ highWaterMark: '8' });
console.log(b.highWaterMark, typeof b.highWaterMark, b.size(new Uint8Array(7)), b.size.name);
console.log(b.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
console.log(c.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
console.log(Object.keys(c), Object.getOwnPropertyNames(CountQueuingStrategy.prototype));
try { new CountQueuingStrategy(); } catch (e) { show(e); }
try { new CountQueuingStrategy({}); } catch (e) { show(e); }
try { new ByteLengthQueuingStrategy(1); } catch (e) { show(e); }
try { CountQueuingStrategy.prototype.highWaterMark; } catch (e) { show(e); }
console.log(new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
(async () => {
  const rs = new ReadableStream({
    start(ctl) {
      ctl.enqueue(new Uint8Array(3));
      console.log('bytes desired', ctl.desiredSize);
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  await rs.cancel();
  const ws = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 4 }));
  console.log('count desired', ws.getWriter().desiredSize);
})();
