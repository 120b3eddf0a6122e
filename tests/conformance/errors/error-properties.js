// Error objects: name/message/code, instanceof, custom subclasses (no stacks printed).
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    this.code = 'E_MINE';
  }
}
try { null.x; } catch (e) { console.log(e.name, e instanceof TypeError); }
try { undefinedVariable; } catch (e) { console.log(e.name, e instanceof ReferenceError); }
try { eval('{'); } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name); }
try { throw new MyError('mine'); } catch (e) {
  console.log(e.name, e.message, e.code, e instanceof MyError, e instanceof Error);
  console.log(String(e));
  console.log(typeof e.stack);
}
const fs = require('fs');
try { fs.readFileSync('./no-such-file-here.txt'); } catch (e) { console.log(e.code, e.name); }
fs.readFile('./no-such-file-here.txt', (err, data) => {
  console.log('async', err.code, data);
});
