// Multiple arguments of mixed types are inspected individually and space-joined.
console.log('str', 1, { a: 'b' }, [1, 'x'], null, undefined, true);
console.log({ a: 1 }, 'trailing string');
console.info('info %s', 'formatted');
console.debug('debug', { d: [] });
