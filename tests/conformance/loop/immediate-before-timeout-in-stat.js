// Same rule for fs.stat: the check phase follows the poll phase.
const fs = require('fs');
fs.stat(__filename, (err, st) => {
  console.log('stat ok', err === null, st.size > 0);
  setTimeout(() => console.log('timeout 1'), 0);
  setImmediate(() => console.log('immediate 1'));
  setTimeout(() => console.log('timeout 2'), 0);
  setImmediate(() => console.log('immediate 2'));
});
