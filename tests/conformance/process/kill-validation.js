// process.kill argument checks and signal 0 probing.
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('string pid', () => process.kill('abc'));
t('fraction pid', () => process.kill(1.5));
t('NaN pid', () => process.kill(NaN));
t('unknown name', () => process.kill(process.pid, 'SIGFOO'));
t('lowercase name', () => process.kill(process.pid, 'sigterm'));
t('signal 0 self', () => process.kill(process.pid, 0));
t('numeric string pid', () => process.kill(String(process.pid), 0));
