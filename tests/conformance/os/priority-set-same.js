// Setting the current priority again succeeds and reads back.
const os = require('os');
const p = os.getPriority();
console.log(os.setPriority(p), os.getPriority() === p);
console.log(os.setPriority(0, p), os.getPriority(0) === p);
console.log(os.setPriority(process.pid, p), os.getPriority() === p);
