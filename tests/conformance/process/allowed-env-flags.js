// allowedNodeEnvironmentFlags: a read-only Set with Node's spelling rules.
const f = process.allowedNodeEnvironmentFlags;
console.log(f instanceof Set, f === process.allowedNodeEnvironmentFlags, f.size > 100);
for (const flag of ['--max-old-space-size', '--max_old_space_size=100', '--no-warnings', '--warnings',
  '-r', '--require', '--inspect-brk=9229', 'max-old-space-size', '--r', '', '--', '--bogus-flag',
  '--stack-trace-limit', '--trace-warnings', '--no-deprecation', '--throw-deprecation', 5]) {
  console.log(JSON.stringify(flag), f.has(flag));
}
console.log(f.add('--x') === f, f.has('--x'));
console.log(f.delete('--no-warnings'), f.has('--no-warnings'));
f.clear();
console.log(f.size > 100);
console.log([...f].every((s) => typeof s === 'string' && s.startsWith('-')));
