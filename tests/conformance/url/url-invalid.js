// Invalid input throws TypeError ERR_INVALID_URL with input (and base).
function attempt(...args) {
  try {
    new URL(...args);
    console.log('ok', args);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base),
      Object.keys(e).join(','));
  }
}
attempt('not a url');
attempt('x', 'also bad');
attempt('/path', undefined);
attempt('http://exa mple.com');
attempt('http://[::1');
attempt('http://a:99999');
attempt('');
attempt('relative', 'http://ok/');
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
const href = new URL('http://a/');
try { href.href = 'nope'; } catch (e) { console.log(e.code, e.input, href.href); }
