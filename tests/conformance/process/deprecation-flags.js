// noDeprecation drops DeprecationWarnings; throwDeprecation throws them on a later tick.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('event', w.name, w.message, w.code));
console.log(process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
process.noDeprecation = true;
process.emitWarning('dropped', 'DeprecationWarning', 'DEP0');
const d = new Error('dropped too');
d.name = 'DeprecationWarning';
process.emitWarning(d);
process.emitWarning('other warnings still emitted');
process.noDeprecation = false;
process.emitWarning('shown', 'DeprecationWarning', 'DEP1');
process.throwDeprecation = true;
process.on('uncaughtException', (err) => console.log('uncaught', err.name, err.message, err.code));
process.emitWarning('thrown', 'DeprecationWarning', 'DEP2');
console.log('sync end');
