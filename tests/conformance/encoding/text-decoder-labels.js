const { check } = require('./_check');
const labels = ['utf8', 'utf-8', ' UTF-8 ', '\tunicode-1-1-utf-8\n', 'unicode11utf8', 'x-unicode20utf8',
  'utf-16le', 'utf-16', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode', 'unicodefeff', 'utf-16be',
  'unicodefffe', 'latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'ISO8859-1', 'l1', 'cp1252',
  'windows-1252', 'xyz', '', 'utf 8', 'utf-32'];
for (const l of labels) check(`label ${JSON.stringify(l)}`, () => new TextDecoder(l).encoding);
check('default', () => new TextDecoder().encoding);
check('undefined', () => new TextDecoder(undefined).encoding);
check('null label', () => new TextDecoder(null).encoding);
check('options', () => {
  const d = new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' });
  return [d.fatal, d.ignoreBOM];
});
check('defaults', () => {
  const d = new TextDecoder();
  return [d.fatal, d.ignoreBOM];
});
check('null options', () => new TextDecoder('utf8', null).fatal);
check('bad options', () => new TextDecoder('utf8', 5));
check('inspect', () => new TextDecoder('latin1', { fatal: true }));
check('toStringTag', () => Object.prototype.toString.call(new TextDecoder()));
check('proto', () => Object.getOwnPropertyNames(TextDecoder.prototype));
check('global is util', () => TextDecoder === require('util').TextDecoder);
