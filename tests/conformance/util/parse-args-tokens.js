const { parseArgs } = require('util');
const options = { color: { type: 'boolean' }, 'no-color': { type: 'boolean' }, out: { type: 'string', short: 'o' },
  a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' } };
const { values, positionals, tokens } = parseArgs({
  args: ['--no-color', '-ab', '-ofile', 'p1', '--out', 'x', '--', '--color'],
  options, allowPositionals: true, tokens: true,
});
console.log(values, positionals);
for (const t of tokens) console.log(t);
// Tokens let a program implement --no-X negation itself.
const negated = { __proto__: null };
for (const t of tokens.filter((tk) => tk.kind === 'option')) {
  if (t.name.startsWith('no-')) negated[t.name.slice(3)] = false;
  else negated[t.name] = t.value ?? true;
}
console.log(negated);
const r = parseArgs({ args: ['-ab'], options, strict: false, tokens: true });
console.log(r.tokens.map((t) => `${t.rawName}@${t.index}`).join(' '));
