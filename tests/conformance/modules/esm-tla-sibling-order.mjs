// A module whose dependency awaits is delayed; siblings without TLA run first.
import { after } from './fixtures/esm/sib-after.mjs';
import { fast } from './fixtures/esm/sib-fast.mjs';
console.log('main: evaluated with', after, fast);
