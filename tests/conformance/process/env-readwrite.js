// process.env values are strings; assignment coerces to string; delete works.
process.env.CONFORMANCE_TEST_VAR = 'hello';
console.log(process.env.CONFORMANCE_TEST_VAR);
process.env.CONFORMANCE_NUM = 42;
console.log(typeof process.env.CONFORMANCE_NUM, process.env.CONFORMANCE_NUM);
console.log('CONFORMANCE_NUM' in process.env);
delete process.env.CONFORMANCE_NUM;
console.log(process.env.CONFORMANCE_NUM, 'CONFORMANCE_NUM' in process.env);
console.log(process.env.SURELY_NOT_SET_VARIABLE_12345);
