// Shorter delays fire first, regardless of creation order.
// (setTimeout(2) created BEFORE setTimeout(1) is racy in Node itself, so the
// two short timers are created in increasing order.)
setTimeout(() => console.log('120ms'), 120);
setTimeout(() => console.log('60ms'), 60);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('2ms'), 2);
