// An unref'd timer still fires while something else keeps the loop alive.
const tp = require('timers/promises');
tp.setTimeout(100, 'unref fired', { ref: false }).then(console.log);
tp.setImmediate('unref immediate', { ref: false }).then(console.log);
tp.setTimeout(200, 'ref fired').then(console.log);
