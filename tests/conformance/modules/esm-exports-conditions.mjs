// import picks the "import" condition (and "node", "default").
import cond, { which } from 'exp-cond';
import nested from 'exp-cond/nested';
import nodeFirst from 'exp-cond/node-first';
import defaultOnly from 'exp-cond/default-only';
import requireFirst from 'exp-cond/require-first';
console.log('.:', cond, which);
console.log('./nested:', nested);
console.log('./node-first:', nodeFirst);
console.log('./default-only:', defaultOnly);
console.log('./require-first:', requireFirst);
import str from 'exp-string';
import sub from 'exp-map/sub';
import feat from 'exp-pattern/features/group/beta';
import over from 'exp-over-main';
import { value } from 'main-only';
import scoped from '@scope/pkg';
console.log(str, '|', sub, '|', feat, '|', over, '|', value, '|', scoped.name);
