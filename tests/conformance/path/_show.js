// Shared: print a call and its result (or error code) as JSON.
module.exports = function show(name, fn, ...args) {
  let r;
  try {
    r = fn(...args);
  } catch (e) {
    r = `${e.name} ${e.code}`;
  }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${JSON.stringify(r)}`);
};
