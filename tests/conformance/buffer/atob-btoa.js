const buffer = require('buffer');
function t(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u0000', '\u0100', '😀', 123, null, undefined]) {
  t(`btoa ${String(s)}`, () => buffer.btoa(s));
}
for (const s of ['', 'YQ==', 'YQ', 'YWI=', 'YWJj', ' Y W J j ', 'YQ=', 'Y', 'YQ===', 'Y=Q=',
  'YWJj\n\t', 'YW-j', 'YW_j', '=', '====', 'YWJjZA==', 'YWJjZA', 'YWJjZ', '/w==', 'ü', null]) {
  t(`atob ${JSON.stringify(s)}`, () => buffer.atob(s));
}
t('atob no args', () => buffer.atob());
t('btoa no args', () => buffer.btoa());
t('globals', () => [typeof atob, typeof btoa]);
