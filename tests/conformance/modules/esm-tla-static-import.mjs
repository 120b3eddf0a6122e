import { ready } from './fixtures/esm/timer-tla.mjs';
console.log('main sees:', ready);
