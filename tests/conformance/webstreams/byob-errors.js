// BYOB reader argument checks.
const show = (e) => console.log(e.name, e.code, e.message);
(async () => {
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { show(e); }
  try { new ReadableStreamBYOBReader(new ReadableStream()); } catch (e) { show(e); }
  const rs = new ReadableStream({ type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  await reader.read().catch(show);
  await reader.read(new ArrayBuffer(4)).catch(show);
  await reader.read(new Uint8Array(0)).catch(show);
  let ctl;
  new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  try { ctl.enqueue('str'); } catch (e) { show(e); }
  try { ctl.enqueue(new Uint8Array(0)); } catch (e) { show(e); }
  ctl.close();
  try { ctl.close(); } catch (e) { show(e); }
  try { ctl.enqueue(new Uint8Array(1)); } catch (e) { show(e); }
  try { new ReadableStreamBYOBRequest(); } catch (e) { show(e); }
  try { new ReadableByteStreamController(); } catch (e) { show(e); }
  reader.releaseLock();
  await reader.read(new Uint8Array(1)).catch(show);
})();
