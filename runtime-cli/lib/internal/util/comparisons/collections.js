'use strict';

// Deep equality of Set and Map contents, including loose-mode
// matching of primitives that are == but not identical.
//
// Part of a require cycle (collections, algorithm): its exports, all hoisted
// functions, are set before it requires anything.

module.exports = { setEquiv, mapEquiv };

const { numberIsNaN } = require('internal/util/comparisons/brands');
const { innerDeepEqual } = require('internal/util/comparisons/algorithm');

// For a primitive missing from the other collection in loose mode: true if
// some loosely-equal primitive might stand in for it, false if none can,
// or (for null/undefined) the one alternative value to look for.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': return !numberIsNaN(+prim);
    case 'number': return !numberIsNaN(prim);
    default: return true;
  }
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt);
}

// Removes from `candidates` the first element deep-equal to `value`.
function takeEqual(candidates, value, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  try {
    for (const candidate of candidates) {
      if (innerDeepEqual(candidate, value, strict, memos)) {
        candidates.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.deleteFailures = saved;
  }
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` that `b` does not hold by identity: matched below.
  let pending = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (strict || !setMightHaveLoosePrim(a, b, value))) {
      return false;
    }
    if (pending === null) {
      if (b.size === 1) return innerDeepEqual(value, b.values().next().value, strict, memos);
      pending = new Set();
    }
    pending.add(value);
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!a.has(value) && !takeEqual(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqual(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `keys` the first key of `map` deep-equal to `key` whose
// value is deep-equal to `item`.
function takeEqualEntry(keys, map, key, item, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  try {
    for (const candidate of keys) {
      if (innerDeepEqual(candidate, key, strict, memos) &&
          innerDeepEqual(map.get(candidate), item, strict, memos)) {
        keys.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.deleteFailures = saved;
  }
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (b.size === 1) {
          const [keyB, itemB] = b.entries().next().value;
          return innerDeepEqual(key, keyB, strict, memos) &&
            innerDeepEqual(itemA, itemB, strict, memos);
        }
        pending = new Set();
      }
      pending.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(itemA, itemB, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, itemA, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, itemB, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pending, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}
