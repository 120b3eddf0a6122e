const { default: r } = await import('./fixtures/imp/lib/use-esm.mjs');
console.log(JSON.stringify(r));
const { default: self } = await import('./fixtures/selfref/lib/user.mjs');
console.log(self.join(' | '));
