// Objects without a prototype get the [Object: null prototype] prefix.
const o = Object.create(null);
o.a = 1;
o.b = 'two';
console.log(o);
console.log(Object.create(null));
console.log({ nested: o });
