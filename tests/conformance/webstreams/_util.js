// Helpers shared by the web streams tests.
exports.delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
exports.recordingSink = (log, name = 'sink') => ({
  start() { log.push(`${name} start`); },
  write(chunk) { log.push(`${name} write ${JSON.stringify(chunk)}`); },
  close() { log.push(`${name} close`); },
  abort(reason) { log.push(`${name} abort ${reason instanceof Error ? reason.message : reason}`); },
});
exports.show = (e) => console.log(e.name, e.code, e.message);
