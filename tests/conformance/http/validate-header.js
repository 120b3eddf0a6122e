'use strict';
// validateHeaderName / validateHeaderValue: which values pass, and the
// errors (class, code, message) for the rest.
const http = require('http');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e instanceof TypeError ? 'TypeError' : e.name, e.code, e.message);
  }
}

for (const name of ['X-Foo', 'content-type', 'a!#$%&\'*+-.^_`|~z', 'x y', 'x:y', '', 'x\u00e9', 'x\r\n',
  5, undefined, null, {}]) {
  show(`name ${JSON.stringify(name)}`, () => http.validateHeaderName(name));
}
show('label', () => http.validateHeaderName('a b', 'Trailer name'));

for (const value of ['text/plain', '', 'tab\there', 'caf\u00e9', 'x\ny', 'x\r\nSet-Cookie: a=1', 'nul\0',
  'del\u007f', 5, ['a', 'b'], undefined, null]) {
  show(`value ${JSON.stringify(value)}`, () => http.validateHeaderValue('X-Test', value));
}
