// Inside a regular-function timer callback, `this` is the Timeout object.
const t = setTimeout(function () {
  console.log('this === t', this === t);
  console.log('has refresh', typeof this.refresh);
}, 0);
const iv = setInterval(function () {
  console.log('interval this === iv', this === iv);
  clearInterval(this);
}, 1);
