// Depth-first, post-order; each module evaluates once.
import './fixtures/esm/order-a.mjs';
import './fixtures/esm/order-c.mjs';
console.log('main');
