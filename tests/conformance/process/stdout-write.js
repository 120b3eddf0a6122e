// stdout.write returns true, callbacks run after the write with null, in order.
const out = process.stdout;
console.log(out.fd, process.stderr.fd, process.stdin.fd);
console.log(out.write('a\n'), out.write(new Uint8Array([98, 10])));
out.write('c\n', (err) => console.log('cb1', err));
out.write('d\n', 'utf8', (err) => console.log('cb2', err));
console.log('after writes');
try { out.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { out.write({}); } catch (e) { console.log(e.name, e.code); }
console.log(out.writable, typeof out.on, typeof out.end);
