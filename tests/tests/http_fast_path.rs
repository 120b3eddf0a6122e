//! Socket-level tests of what the server's short path for the usual
//! response (`res.end(body)` inside the 'request' listener) must keep from
//! Node: the response's and request's observable state during and after
//! it, the order of 'finish' against ticks queued before and after `end()`,
//! a listener that throws after `end()`, and request header values read as
//! Latin-1 (as Node does).
//!
//! Each test writes a server script (which defines `server`) to a temp dir,
//! runs it with the runtime under test (`RUNTIME_BIN`, e.g. `node` to check
//! the expectations against Node v20), and talks raw HTTP/1.1 to it on
//! 127.0.0.1. Steps are ordered by what the server prints, never by sleeping.

use tests::http_script::{connect, read_to_close, read_until, send, text, Served};

fn serve(script: &str) -> Served {
    tests::http_script::serve("http-fast-path", script)
}

/// The response's flags and reason phrase, and the request's `complete`
/// and `_dumped`, read inside the listener right after `end()` and again a
/// turn of the loop later.
#[test]
fn state_during_and_after_the_usual_response() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           const show = (when) => console.log(when, [res.statusMessage, res.headersSent, \
             res.finished, res.writableEnded, res.writableFinished, res.destroyed, res.closed, \
             res.socket !== null, req.complete, req._dumped].join(' ')); \
           res.statusCode = req.url === '/missing' ? 404 : 200; \
           show('before'); res.end('x'); show('after'); \
           setImmediate(() => show('later')); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.lines(3),
        [
            "before  false false false false false false true false false",
            "after OK true true true true false false true false false",
            "later OK true true true true true true false true true",
        ]
    );
    send(&mut s, b"GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nx");
    assert!(reply.starts_with("HTTP/1.1 404 Not Found\r\n"), "{reply}");
    assert_eq!(
        srv.line(),
        "before  false false false false false false true false false"
    );
    assert_eq!(
        srv.line(),
        "after Not Found true true true true false false true false false"
    );
    assert_eq!(
        srv.line(),
        "later Not Found true true true true true true false true true"
    );
}

/// 'finish' comes after ticks queued before `end()` and before ticks (and
/// microtasks) queued after it, whether or not the listener queued any.
#[test]
fn finish_keeps_its_place_among_ticks() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           const log = (what) => console.log(req.url, what); \
           res.on('finish', () => log('finish')); \
           res.on('close', () => log('close')); \
           if (req.url === '/before') process.nextTick(() => log('tick before')); \
           res.end('x'); \
           if (req.url === '/after') { process.nextTick(() => log('tick after')); \
             Promise.resolve().then(() => log('micro')); } \
           log('returned'); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET /before HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.lines(4),
        [
            "/before returned",
            "/before tick before",
            "/before finish",
            "/before close"
        ]
    );
    send(&mut s, b"GET /after HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.lines(5),
        [
            "/after returned",
            "/after finish",
            "/after tick after",
            "/after close",
            "/after micro"
        ]
    );
    send(&mut s, b"GET /none HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.lines(3),
        ["/none returned", "/none finish", "/none close"]
    );
}

/// A listener that throws after `end()`: the response still went out, the
/// 'uncaughtException' handler runs before its 'finish', and the server
/// goes on serving.
#[test]
fn a_listener_throwing_after_end() {
    let srv = serve(
        "process.on('uncaughtException', (e) => console.log('uncaught', e.message)); \
         const server = http.createServer((req, res) => { \
           res.on('finish', () => console.log('finish', req.url)); \
           res.end('x'); \
           if (req.url === '/throw') throw new Error('boom'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /throw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let reply = text(&read_to_close(&mut s));
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nx"), "{reply}");
    assert_eq!(srv.lines(2), ["uncaught boom", "finish /throw"]);
    let mut s = connect(srv.port);
    send(&mut s, b"GET /next HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(srv.line(), "finish /next");
}

/// Header values are Latin-1 in `rawHeaders` and `headers`; repeated
/// fields fold by Node's rules; a request read for its headers twice gets
/// the same array.
#[test]
fn request_headers_as_node_reads_them() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           console.log(JSON.stringify([req.rawHeaders, req.headers, \
             req.rawHeaders === req.rawHeaders])); res.end('x'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Lat: caf\xe9\r\nX-A: 1\r\nx-a: 2\r\nEmpty:\r\n\
          Set-Cookie: a\r\nSet-Cookie: b\r\n\r\n",
    );
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.line(),
        "[[\"Host\",\"x\",\"X-Lat\",\"caf\u{e9}\",\"X-A\",\"1\",\"x-a\",\"2\",\"Empty\",\"\",\
         \"Set-Cookie\",\"a\",\"Set-Cookie\",\"b\"],\
         {\"host\":\"x\",\"x-lat\":\"caf\u{e9}\",\"x-a\":\"1, 2\",\"empty\":\"\",\
         \"set-cookie\":[\"a\",\"b\"]},true]"
    );
}
