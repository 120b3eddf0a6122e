const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 3, 4]);
const moved = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, moved.byteLength, new Uint8Array(moved));
const ab2 = new ArrayBuffer(2);
const obj = structuredClone({ buf: ab2, again: ab2 }, { transfer: [ab2] });
console.log(ab2.byteLength, obj.buf.byteLength, obj.buf === obj.again);
try { structuredClone(1, 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, { transfer: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(structuredClone('ok', { transfer: [] }));
