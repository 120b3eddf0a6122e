// Accessor properties and symbol-keyed properties.
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 0,
};
console.log(o);
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
console.log(hidden);
console.log({ [Symbol.for('reg')]: [1] });
