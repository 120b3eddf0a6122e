// process.argv: array of strings, [execPath, scriptPath, ...args].
console.log(Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.argv.every((a) => typeof a === 'string'));
console.log('script is this file', process.argv[1] === __filename);
