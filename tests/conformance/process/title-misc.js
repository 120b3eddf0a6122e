// title is a writable string; binding() throws; misc helpers exist.
console.log(typeof process.title);
process.title = 'conformance';
console.log(process.title);
try { process.binding('nonexistent_module_xyz'); } catch (e) { console.log('binding throws', e instanceof Error); }
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
console.log(typeof process.constrainedMemory(), typeof process.availableMemory());
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(5); } catch (e) { console.log(e.name, e.code, e.message); }
process.setUncaughtExceptionCaptureCallback(() => {});
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code); }
process.setUncaughtExceptionCaptureCallback(null);
console.log(process.hasUncaughtExceptionCaptureCallback());
console.log(process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('os') === require('os'));
console.log(process.getBuiltinModule('no_such_builtin'));
