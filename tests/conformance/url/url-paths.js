// Path normalisation and encoding across schemes.
for (const s of ['http://h/a/b/../../../c', 'http://h/a/%2e%2E/b', 'http://h/a/./b/.', 'http://h\\a\\b',
  'http://h/ sp"ace<>`{}', 'http://h/ü€', 'foo://h/a/../b', 'foo:/a/../b', 'foo:opaque path ',
  'file:///C:/x/../y', 'file://localhost/etc/passwd', 'http://h/a?b c#d e', 'http://h/?q=\'"<>',
  'sc://h/?q=\'"', 'http://h/#`{}', 'javascript:alert(1)', 'mailto:x@y.z?subject=hi there']) {
  console.log(JSON.stringify(s), '->', new URL(s).href);
}
