// A Timeout converts to a numeric id; clearTimeout accepts that id.
const t = setTimeout(() => console.log('SHOULD NOT RUN'), 5);
const id = +t;
console.log('id is number', typeof id === 'number', Number.isInteger(id), id > 0);
console.log('same id twice', +t === id, `${t}` === String(id));
clearTimeout(id);
const iv = setInterval(() => console.log('SHOULD NOT RUN interval'), 5);
clearInterval(iv[Symbol.toPrimitive]());
const t3 = setTimeout(() => console.log('kept timer'), 5);
const other = setTimeout(() => {}, 1);
console.log('ids differ', +other !== +t3);
