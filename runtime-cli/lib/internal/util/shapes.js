'use strict';
// QuickJS shares an object layout (a shape) between objects only while
// some object holding it is alive, and an object that gains a property
// while it alone holds its layout changes that layout in place. So when
// objects of a kind are made and dropped one at a time (a request and its
// response, an immediate), each builds its layouts afresh, and a property
// addition costs several times what finding a shared layout costs. The
// objects kept here hold every intermediate layout of such kinds, so new
// ones find them all.

// Reachable from keepShapes (and so from this module's exports) for the
// life of the process.
const keepers = [];

// Keeps the layouts an object with prototype `proto` passes through as it
// gains `keys` in that order. None of them may be an accessor on `proto`'s
// chain (setting it here would run the setter instead).
function keepShapes(proto, keys) {
  for (let n = 0; n <= keys.length; n++) {
    const o = Object.create(proto);
    for (let i = 0; i < n; i++) o[keys[i]] = undefined;
    keepers.push(o);
  }
}

// keepShapes for the properties `sample` has, in the order it gained them.
// (Reflect.ownKeys lists symbols after strings: a constructor that adds
// symbol-keyed properties must add them last.)
function keepShapesOf(sample) {
  keepShapes(Object.getPrototypeOf(sample), Reflect.ownKeys(sample));
}

module.exports = { keepShapes, keepShapesOf };
