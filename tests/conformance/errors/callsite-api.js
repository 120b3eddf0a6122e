'use strict';
// V8's CallSite API as libraries use it (depd, source-map-support).
function where() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, where);
  const sites = holder.stack;
  Error.prepareStackTrace = prep;
  return sites;
}
function caller() { return where(); }
const site = caller()[0];
console.log(typeof site.getFileName(), site.getFileName().endsWith('callsite-api.js'));
console.log(typeof site.getLineNumber(), typeof site.getColumnNumber());
console.log(site.getFunctionName());
console.log(site.isEval(), site.getEvalOrigin(), site.isNative(), site.isAsync(), site.isPromiseAll());
console.log(site.getTypeName() === null || typeof site.getTypeName() === 'string');
console.log(typeof site.toString(), site.toString().includes('callsite-api.js:'));
