// Other built-in value types.
console.log([new Date(0).toISOString()]);
console.log(/ab+c/gi);
console.log({ re: /x/ });
console.log([Symbol('in array')]);
console.log({ [Symbol('key')]: 'symbol-keyed' });
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
console.log([0, -0, 0.1]);
console.log(new Number(3), new String('s'), new Boolean(false));
