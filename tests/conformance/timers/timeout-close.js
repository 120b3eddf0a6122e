// Timeout#close() cancels the timer like clearTimeout.
const t = setTimeout(() => console.log('SHOULD NOT RUN'), 5);
console.log('close returns timer', t.close() === t);
const iv = setInterval(() => {
  console.log('interval once');
  iv.close();
}, 1);
