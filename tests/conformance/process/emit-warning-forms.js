// emitWarning argument forms: the 'warning' event sees name/message/code/detail.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('event', w.name, w.message, w.code, w.detail, w instanceof Error));
process.emitWarning('a');
process.emitWarning('b', 'CustomWarning');
process.emitWarning('c', 'CustomWarning', 'C01');
process.emitWarning('d', { type: 'T', code: 'X1', detail: 'more info' });
process.emitWarning(new Error('e'));
const e = new Error('f');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('h', undefined, 'CODE');
process.emitWarning('i', {});
process.emitWarning('j', { detail: 5 });
process.emitWarning('k', function ctor() {});
process.emitWarning('l', 'T', function ctor() {});
console.log('sync end');
