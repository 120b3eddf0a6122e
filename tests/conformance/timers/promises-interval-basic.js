// for await over setInterval yields the value per tick until break.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('loop done');
  let m = 0;
  for await (const v of tp.setInterval(1)) {
    console.log('undefined value', v);
    if (++m === 2) break;
  }
})();
