const show = (s) => s.split(__dirname).join('<dir>');
try {
  console.log(require('bad-config'));
} catch (e) {
  console.log('bad-config:', e.name, e.code);
  // The text after the path comes from JSON.parse and is engine-specific.
  console.log(show(e.message).split(': ')[0]);
}
