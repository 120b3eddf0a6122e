// Timers with equal delay fire in creation order.
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t10 #' + i), 10);
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t0 #' + i), 0);
setTimeout(() => console.log('t1 (same as 0)'), 1);
