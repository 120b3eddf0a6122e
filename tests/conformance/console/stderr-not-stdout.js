// console.error/warn/trace/assert write to stderr; stdout shows only console.log/info/debug.
console.log('log');
console.error('error');
console.warn('warn');
console.info('info');
console.debug('debug');
console.trace('trace');
console.assert(false, 'assertion message');
console.assert(true, 'not printed anywhere');
console.log('end');
