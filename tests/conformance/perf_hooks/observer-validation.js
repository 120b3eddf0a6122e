// PerformanceObserver argument validation.
const { PerformanceObserver } = require('perf_hooks');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('callback number', () => new PerformanceObserver(5));
const obs = new PerformanceObserver(() => {});
t('no options', () => obs.observe());
t('options number', () => obs.observe(5));
t('empty options', () => obs.observe({}));
t('both', () => obs.observe({ entryTypes: ['mark'], type: 'mark' }));
t('entryTypes string', () => obs.observe({ entryTypes: 'mark' }));
t('entryTypes numbers', () => obs.observe({ entryTypes: [1] }));
t('unknown type', () => obs.observe({ type: 'bogus' }));
t('takeRecords', () => obs.takeRecords());
t('disconnect', () => obs.disconnect());
console.log(Object.isFrozen(PerformanceObserver.supportedEntryTypes));
