const { parseArgs } = require('util');
const options = { flag: { type: 'boolean', short: 'f' }, file: { type: 'string', short: 'o' } };
const tryIt = (config) => {
  try {
    const r = parseArgs(config);
    console.log('ok', r.values, r.positionals);
  } catch (e) {
    console.log(e.name, e.code);
    console.log(e.message);
  }
};
tryIt({ args: ['--unknown'], options });
tryIt({ args: ['-x'], options });
tryIt({ args: ['--unknown'], options, allowPositionals: true });
tryIt({ args: ['positional'], options });
tryIt({ args: ['--file'], options });
tryIt({ args: ['-o'], options });
tryIt({ args: ['--flag=yes'], options });
tryIt({ args: ['--file', '--flag'], options });
tryIt({ args: ['-o', '-f'], options });
tryIt({ args: ['--file', '-'], options });
tryIt({ args: ['--unknown', 'val', 'pos'], options, strict: false });
tryIt({ args: ['--file'], options, strict: false });
tryIt({ args: ['--flag=x'], options, strict: false });
