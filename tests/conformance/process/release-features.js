// process.release, features and config shapes.
const r = process.release;
console.log(Object.keys(r), r.name);
console.log(r.sourceUrl === `https://nodejs.org/download/release/${process.version}/node-${process.version}.tar.gz`);
console.log(r.headersUrl === `https://nodejs.org/download/release/${process.version}/node-${process.version}-headers.tar.gz`);
for (const k of ['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls', 'cached_builtins']) {
  console.log(k, typeof process.features[k]);
}
console.log(Object.keys(process.config), typeof process.config.variables);
