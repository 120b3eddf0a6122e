// Inside an I/O callback, setImmediate always fires before setTimeout(0).
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('read ok', err === null, data.length > 0);
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
