'use strict';

// Host hooks (engine internals plain JavaScript cannot see), default
// options, and the color/style tables with the two stylize functions.

const hooks = {
  // (p) => [state(0 pending|1 fulfilled|2 rejected), value], or undefined
  // when p is not a promise.
  getPromiseState: undefined,
  getProxyDetails: undefined, // (p) => [target, handler] | undefined
  isBuffer: undefined, // (v) => boolean (reserved; Buffer prints via inspect.custom)
  isPromise: undefined, // (v) => boolean
  previewEntries: undefined, // (iterator|WeakMap|WeakSet) => [entriesArray, isKeyValue]
  cwd: undefined, // () => string, dims the cwd in colored stack traces
  isBuiltinModule: undefined, // (id) => boolean, for `node:<id>` frames
  isModuleNamespace: undefined, // (v) => boolean
  // (v) => 'Map'|'Set'|'Date'|'RegExp'|'ArrayBuffer'|'SharedArrayBuffer'|
  //        'DataView'|'WeakMap'|'WeakSet'|'Boxed'|'Promise'|'MapIterator'|
  //        'SetIterator'|undefined; only consulted
  //        for objects whose prototype chain does not reveal their kind.
  getBrand: undefined,
};

function setInspectHooks(h) {
  Object.assign(hooks, h);
}

// ---------------------------------------------------------------------------
// Options, colors and styles.
// ---------------------------------------------------------------------------

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// Object type of an entry list: plain key/value, array element, extra key
// on an array-like (printed with its key, but the container groups).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const colors = Object.create(null);
{
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
    ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
    ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
    ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49],
    ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
    ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
    ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
    ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
    ['bgWhiteBright', 107, 49],
  ];
  for (const [name, open, close] of table) colors[name] = [open, close];
  // Aliases are non-enumerable accessors onto the canonical entry, as in Node.
  const aliases = [
    ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'],
    ['bgGray', 'bgBlackBright'], ['dim', 'faint'],
    ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'],
    ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
    ['doubleunderline', 'doubleUnderline'],
  ];
  for (const [target, alias] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

module.exports = {
  hooks, setInspectHooks, inspectDefaultOptions, kObjectType, kArrayType,
  kArrayExtrasType, colors, styles, stylizeNoColor, stylizeWithColor,
  removeColors,
};
