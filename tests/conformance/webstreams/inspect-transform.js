// util.inspect of transform streams, strategies and encoding streams.
const util = require('util');
console.log(util.inspect(new TransformStream()));
console.log(util.inspect(new TransformStream({}, undefined, { highWaterMark: 1 })));
console.log(util.inspect(new CountQueuingStrategy({ highWaterMark: 3 })));
console.log(util.inspect(new ByteLengthQueuingStrategy({ highWaterMark: 16 })));
console.log(util.inspect(new TextEncoderStream()));
console.log(util.inspect(new TextDecoderStream('utf-8', { fatal: true })));
let ctl;
new TransformStream({ start(c) { ctl = c; } });
console.log(util.inspect(ctl, { depth: 0 }));
