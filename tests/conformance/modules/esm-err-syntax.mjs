let evaluated = false;
try {
  await import('./fixtures/esm/syntax-error.mjs');
  console.log('imported?!');
} catch (e) {
  console.log('name:', e.name);
  console.log('instanceof SyntaxError:', e instanceof SyntaxError);
}
// A module that throws during evaluation rejects every import of it with the same error.
const errors = [];
for (let i = 0; i < 2; i++) {
  try {
    await import('./fixtures/esm/throws.mjs');
  } catch (e) {
    errors.push(e);
  }
}
console.log(errors.length, errors[0].name, errors[0].message, 'same error object:', errors[0] === errors[1]);
