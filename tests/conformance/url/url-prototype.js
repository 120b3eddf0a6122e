// Shape of URL.prototype: enumerable accessors and methods.
const names = Object.getOwnPropertyNames(URL.prototype);
console.log(names.join(','));
for (const n of ['href', 'search', 'origin', 'searchParams']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, n);
  console.log(n, d.enumerable, d.configurable, typeof d.get, typeof d.set);
}
const t = Object.getOwnPropertyDescriptor(URL.prototype, 'toString');
console.log(t.enumerable, t.writable);
console.log(URL.prototype[Symbol.toStringTag], typeof URL.canParse);
console.log(URL.name, URLSearchParams.name, URLSearchParams.length);
