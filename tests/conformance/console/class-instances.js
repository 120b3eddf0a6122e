// Class instances show the constructor name; classes and functions are tagged.
class Foo {
  constructor() { this.x = 1; }
}
class Bar extends Foo {
  constructor() { super(); this.y = 'y'; }
}
class Empty {}
console.log(new Foo());
console.log(new Bar());
console.log(new Empty());
console.log(Foo);
console.log(Bar);
console.log([new Foo()]);
console.log({ inst: new Bar() });
