// emitWarning validation errors.
function t(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
process.removeAllListeners('warning');
t('number warning', () => process.emitWarning(5));
t('no warning', () => process.emitWarning());
t('object warning', () => process.emitWarning({}));
t('number type', () => process.emitWarning('x', 5));
t('null type', () => process.emitWarning('x', null));
t('number code', () => process.emitWarning('x', 'T', 5));
t('options number code', () => process.emitWarning('x', { code: 5 }));
t('options number type', () => process.emitWarning('x', { type: 5 }));
