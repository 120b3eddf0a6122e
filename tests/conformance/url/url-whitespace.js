// Leading/trailing C0 and spaces are stripped; tabs and newlines removed.
for (const s of ['  http://a/b  ', '\thttp://a/\nb\r', 'ht\ttp://a/', 'http://a/b\u0000', '\u0001http://a']) {
  console.log(JSON.stringify(s), '->', new URL(s).href);
}
