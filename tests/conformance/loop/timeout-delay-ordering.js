// Shorter delays fire first. (Note: setTimeout(2) created BEFORE setTimeout(1)
// is racy in Node itself, so the short timers are created first here.)
setTimeout(() => console.log('20ms'), 20);
setTimeout(() => console.log('8ms'), 8);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('2ms'), 2);
