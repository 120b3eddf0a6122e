const show = (s) => s.split(import.meta.dirname).join('<dir>');
try {
  await import('bad-config');
  console.log('imported?!');
} catch (e) {
  console.log(e.name, e.code);
  // The Node-defined part, up to the JSON.parse detail (engine-specific).
  const m = show(e.message);
  console.log(m.slice(0, m.indexOf('. ') + 1));
}
