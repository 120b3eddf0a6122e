const show = (s) => s.split(__dirname).join('<dir>');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'loaded?!');
  } catch (e) {
    console.log(label, e.name, e.code);
    console.log(show(e.message));
    console.log('requireStack:', JSON.stringify(e.requireStack && e.requireStack.map(show)));
  }
}
attempt('relative:', () => require('./fixtures/no-such-file'));
attempt('bare:', () => require('no-such-package-anywhere'));
attempt('nested:', () => require('./fixtures/notfound/outer.js'));
attempt('resolve:', () => require.resolve('./also-missing.js'));
// A module that failed to load is not cached.
console.log('outer cached:', Object.keys(require.cache).some((k) => k.endsWith('outer.js')));
