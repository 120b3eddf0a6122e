'use strict';
// assert.match / assert.doesNotMatch.
const assert = require('assert');
const { show, showMessage } = require('./_show');

show('match passes', () => assert.match('I will pass', /pass/));
showMessage('match fails', () => assert.match('I will fail', /pass/));
show('match fails (props)', () => assert.match('abc', /x/));
show('match non-string', () => assert.match(123, /123/));
show('match object', () => assert.match({ a: 1 }, /a/));
show('match custom message', () => assert.match('abc', /x/, 'no x'));
show('match Error message', () => assert.match('abc', /x/, new TypeError('typed')));
show('doesNotMatch passes', () => assert.doesNotMatch('I will pass', /different/));
showMessage('doesNotMatch fails', () => assert.doesNotMatch('I will fail', /fail/));
show('doesNotMatch non-string', () => assert.doesNotMatch(5, /x/));
show('doesNotMatch custom message', () => assert.doesNotMatch('abc', /b/, 'has b'));
showMessage('match multi-line input', () => assert.match('line1\nline2', /line3/));
show('regexp with global flag keeps working', () => {
  const re = /a/g;
  assert.match('a', re);
  assert.match('a', re);
});
