// Timers with equal delay fire in creation order (0 and 1 are the same delay).
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t0 #' + i), 0);
setTimeout(() => console.log('t1 (same as 0)'), 1);
setTimeout(() => console.log('t0 #3 (after t1)'), 0);
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t10 #' + i), 10);
