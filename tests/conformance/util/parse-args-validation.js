const { parseArgs } = require('util');
const tryIt = (config) => {
  try {
    console.log('ok', parseArgs(config));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
tryIt({ args: 'nope' });
tryIt({ args: [], strict: 'yes' });
tryIt({ args: [], allowPositionals: 1 });
tryIt({ args: [], tokens: 'y' });
tryIt({ args: [], options: 'x' });
tryIt({ args: [], options: { a: 1 } });
tryIt({ args: [], options: { a: {} } });
tryIt({ args: [], options: { a: { type: 'number' } } });
tryIt({ args: [], options: { a: { type: 'string', short: 'ab' } } });
tryIt({ args: [], options: { a: { type: 'string', short: 1 } } });
tryIt({ args: [], options: { a: { type: 'string', multiple: 'no' } } });
tryIt({ args: [], options: { a: { type: 'string', default: true } } });
tryIt({ args: [], options: { a: { type: 'boolean', default: 'true' } } });
tryIt({ args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'x'] } } });
tryIt({ args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
tryIt({ args: [], options: { a: { type: 'string', multiple: true, default: ['x', 'y'] } } });
tryIt({ args: [], options: null });
