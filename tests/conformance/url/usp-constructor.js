// URLSearchParams from strings, records, iterables and other instances.
const show = (p) => console.log(JSON.stringify([...p]), p.toString());
show(new URLSearchParams());
show(new URLSearchParams('a=1&b=2'));
show(new URLSearchParams('?a=1&b=2'));
show(new URLSearchParams('??a=1'));
show(new URLSearchParams('&&a&&b=&=c&'));
show(new URLSearchParams({ x: '1', y: 2, z: [3, 4], n: null, u: undefined }));
show(new URLSearchParams([['k', 'v'], ['k', 'w'], new Set(['s', 't'])]));
show(new URLSearchParams(new Map([['m', 1], ['n', 2]])));
const orig = new URLSearchParams('p=1');
const copy = new URLSearchParams(orig);
copy.append('q', '2');
show(orig);
show(copy);
show(new URLSearchParams(null));
show(new URLSearchParams(123));
show(new URLSearchParams(function f() {}));
const rec = { a: '1' };
Object.defineProperty(rec, 'hidden', { value: 'x', enumerable: false });
Object.defineProperty(rec, Symbol('s'), { value: 'x', enumerable: false });
show(new URLSearchParams(rec));
try {
  new URLSearchParams({ [Symbol('s')]: 'enumerable symbols throw' });
} catch (e) {
  console.log(e.name);
}
