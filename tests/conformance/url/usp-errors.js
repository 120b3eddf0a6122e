// URLSearchParams argument and receiver errors.
function attempt(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
attempt(() => new URLSearchParams([['a']]));
attempt(() => new URLSearchParams([['a', 'b', 'c']]));
attempt(() => new URLSearchParams([1]));
attempt(() => new URLSearchParams(['ab']));
attempt(() => new URLSearchParams({ [Symbol.iterator]: 5 }));
const p = new URLSearchParams();
attempt(() => p.get());
attempt(() => p.getAll());
attempt(() => p.has());
attempt(() => p.delete());
attempt(() => p.set('a'));
attempt(() => p.append());
attempt(() => p.forEach());
attempt(() => p.forEach('nope'));
attempt(() => URLSearchParams.prototype.get.call({}, 'a'));
attempt(() => URLSearchParams.prototype.toString.call(1));
attempt(() => p.keys.call(null));
attempt(() => p.entries().next.call({}));
