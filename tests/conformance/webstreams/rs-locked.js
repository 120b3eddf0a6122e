// Locking: one reader at a time; operations refused while locked.
const rs = new ReadableStream();
const r = rs.getReader();
const show = (e) => console.log(e.name, e.code, e.message);
try { rs.getReader(); } catch (e) { show(e); }
try { rs.tee(); } catch (e) { show(e); }
try { rs.getReader({ mode: 'byob' }); } catch (e) { show(e); }
try { rs.getReader({ mode: 'x' }); } catch (e) { show(e); }
try { new ReadableStreamDefaultReader(rs); } catch (e) { show(e); }
try { new ReadableStreamDefaultReader({}); } catch (e) { show(e); }
(async () => {
  await rs.cancel().catch(show);
  await rs.pipeTo(new WritableStream()).catch(show);
  try { rs.pipeThrough(new TransformStream()); } catch (e) { show(e); }
  r.releaseLock();
  r.releaseLock();
  console.log(rs.locked);
  await r.read().catch(show);
  await r.cancel().catch(show);
  await r.closed.catch(show);
  const r2 = new ReadableStreamDefaultReader(rs);
  console.log(rs.locked, r2 instanceof ReadableStreamDefaultReader);
})();
