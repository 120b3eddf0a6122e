const tryClone = (label, v) => {
  try {
    structuredClone(v);
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e instanceof DOMException, e.message);
  }
};
tryClone('function', function () {});
tryClone('named function', function named(a, b) { return a + b; });
tryClone('arrow', (x) => x * 2);
tryClone('class', class Foo {});
tryClone('method', { m() {} }.m);
tryClone('symbol', Symbol('sym'));
tryClone('nested symbol', { deep: [Symbol.iterator] });
tryClone('nested function', { a: { b: () => 1 } });
tryClone('weakmap', new WeakMap());
tryClone('weakset', new WeakSet());
tryClone('promise', Promise.resolve(1));
tryClone('weakref', new WeakRef({}));
