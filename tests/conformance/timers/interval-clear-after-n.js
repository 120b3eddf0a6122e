// setInterval repeats until cleared from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(() => console.log('after clear, n =', n), 20);
  }
}, 1);
