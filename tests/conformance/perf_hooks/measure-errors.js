// measure()/mark() validation errors.
const { performance } = require('perf_hooks');
function t(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
performance.mark('a', { startTime: 1 });
t('unknown mark', () => performance.measure('q', 'nope'));
t('unknown end mark', () => performance.measure('q', 'a', 'nope'));
t('mark options number', () => performance.mark('q', 5));
t('negative startTime', () => performance.mark('q', { startTime: -1 }));
t('string startTime', () => performance.mark('q', { startTime: 'x' }));
t('mark no name', () => performance.mark());
t('measure no name', () => performance.measure());
t('measure name number', () => performance.measure(11, 'a'));
t('all three', () => performance.measure('q', { start: 1, end: 3, duration: 2 }));
t('options and endMark', () => performance.measure('q', { start: 'a' }, 'a'));
t('negative start option', () => performance.measure('q', { start: -1, end: 5 }));
t('byName no args', () => performance.getEntriesByName());
t('byType no args', () => performance.getEntriesByType());
