// console.dir prints an inspected object; strings are quoted; options.depth works.
console.dir({ a: 1, b: 'two', c: { d: { e: { f: 1 } } } });
console.dir('a string');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir([1, 'x']);
