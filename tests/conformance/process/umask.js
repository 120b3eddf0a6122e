// umask: octal strings and numbers; validation errors.
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const old = process.umask(0o022);
t('set number', () => process.umask(0o027).toString(8));
t('read', () => process.umask().toString(8));
t('set string', () => process.umask('077').toString(8));
t('read', () => process.umask().toString(8));
t('bad string', () => process.umask('abc'));
t('0o string', () => process.umask('0o22'));
t('8 digit', () => process.umask('8'));
t('object', () => process.umask({}));
t('negative', () => process.umask(-1));
t('fraction', () => process.umask(1.5));
t('too big', () => process.umask(2 ** 32));
process.umask(old);
