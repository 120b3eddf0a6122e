const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', multiple: true, short: 't' },
  level: { type: 'string', default: 'info' },
  dry: { type: 'boolean', default: false },
};
const show = (args, extra = {}) => {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, ...extra });
  console.log(JSON.stringify(args), '=>', values, positionals);
};
show(['-v', '--name', 'bob', 'file.txt']);
show(['--name=alice', '-t', 'a', '-tb', '--tag', 'c', '--tag=d']);
show(['-vn', 'carol']);
show(['-nVALUE']);
show(['--level', 'debug', '--dry']);
show(['pos1', '--', '--verbose', '-n']);
show(['-', 'x']);
show([]);
show(['--name', '']);
show(['--name=']);
