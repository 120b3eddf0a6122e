// Strings nested in objects/arrays are quoted with single quotes (or other
// quotes if the string contains single quotes), and keys are quoted only when needed.
console.log(['a', "it's", 'say "hi"', `both ' and "`]);
console.log({ s: 'text', 'needs-quote': 1, valid_id: 2, $x: 3, '1abc': 4, 5: 'five' });
console.log({ nl: 'a\nb', tab: 'a\tb', bs: 'a\\b' });
console.log([[]], [{}], {}, []);
