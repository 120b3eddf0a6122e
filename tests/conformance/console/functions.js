// Function formatting.
function named() {}
const arrow = () => {};
const anon = [function () {}][0];
async function asyncFn() {}
function* gen() {}
console.log(named);
console.log(arrow);
console.log(anon);
console.log(asyncFn);
console.log(gen);
console.log({ method() {}, named });
named.prop = 42;
console.log(named);
console.log([named, arrow]);
