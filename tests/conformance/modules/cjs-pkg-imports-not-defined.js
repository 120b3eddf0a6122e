require('./fixtures/imp/lib/use-undefined.js');
// Outside any package with "imports", '#x' is not defined either.
try {
  require('#anything');
} catch (e) {
  console.log('#anything ->', e.code);
}
