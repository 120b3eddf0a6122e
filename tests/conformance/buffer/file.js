const { File, Blob } = require('buffer');
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
const f = new File(['hello'], 'a.txt', { type: 'text/plain', lastModified: 42 });
t('props', () => [f.name, f.size, f.type, f.lastModified]);
t('inspect', () => f);
t('instanceof', () => [f instanceof File, f instanceof Blob, Object.prototype.toString.call(f)]);
t('lastModified string', () => new File([], 'x', { lastModified: '7' }).lastModified);
t('lastModified NaN', () => new File([], 'x', { lastModified: 'zz' }).lastModified);
t('lastModified default', () => typeof new File([], 'x').lastModified);
t('name coerced', () => new File([], 5).name);
t('missing args', () => new File([]));
t('missing all', () => new File());
t('slice is Blob', () => f.slice(1).constructor.name);
t('proto keys', () => Object.getOwnPropertyNames(File.prototype));
f.text().then((s) => console.log('text', s));
