// Methods called on the wrong object throw or reject ERR_INVALID_THIS.
const show = (e) => console.log(e.name, e.code, e.message);
const get = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
(async () => {
  try { get(ReadableStream, 'locked').call({}); } catch (e) { show(e); }
  try { ReadableStream.prototype.getReader.call({}); } catch (e) { show(e); }
  try { ReadableStream.prototype.tee.call(1); } catch (e) { show(e); }
  await ReadableStream.prototype.cancel.call({}).catch(show);
  await ReadableStream.prototype.pipeTo.call({}, new WritableStream()).catch(show);
  await ReadableStreamDefaultReader.prototype.read.call({}).catch(show);
  try { get(WritableStream, 'locked').call({}); } catch (e) { show(e); }
  await WritableStream.prototype.abort.call({}).catch(show);
  await WritableStreamDefaultWriter.prototype.write.call({}).catch(show);
  try { get(WritableStreamDefaultController, 'signal').call({}); } catch (e) { show(e); }
  try { new ReadableStreamDefaultController(); } catch (e) { show(e); }
  try { get(TextEncoderStream, 'encoding').call({}); } catch (e) { show(e); }
  try { Object.create(ReadableStream.prototype).locked; } catch (e) { show(e); }
})();
