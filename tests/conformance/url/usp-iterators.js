// keys/values/entries/@@iterator/forEach, and liveness while iterating.
const p = new URLSearchParams('a=1&b=2&c=3');
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
console.log(p[Symbol.iterator] === p.entries);
const it = p.keys();
console.log(it.next(), Object.prototype.toString.call(it));
p.append('d', '4');
console.log([...it]);
console.log(it.next(), it[Symbol.iterator]() === it);
const seen = [];
p.forEach(function (value, key, self) {
  seen.push(`${key}=${value}`, self === p, this.tag);
  if (key === 'a') p.delete('b');
}, { tag: 'T' });
console.log(seen);
console.log(p.size);
