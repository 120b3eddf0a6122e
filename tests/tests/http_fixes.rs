//! Socket-level regression tests of `http` server behaviours that once
//! differed from Node: a response sent before its request's body is in
//! still lets the next request through, an Upgrade request with a body and
//! no 'upgrade' listener is read as one ordinary request (no smuggling),
//! 'clientError' is asked for a bad request pipelined behind a good one,
//! 'finish' waits until a large body has left, the socket timeout does not
//! apply while a keep-alive connection waits between requests, upgraded
//! sockets are half-open, a reset connection with unread pipelined input
//! closes, 'finish', 'close' and ticks come in Node's order (also around a
//! request body read to its end), trailers follow a chunked body, a
//! chunked request's trailers reach `req.trailers`, a response's `Date`
//! and framing follow `sendDate` and `writeHead` as Node's do, and
//! `strictContentLength` holds a body to the length set.
//!
//! Each test writes a server script (which defines `server`) to a temp dir,
//! runs it with the runtime under test (`RUNTIME_BIN`, e.g. `node` to check
//! the expectations against Node v20), and talks raw HTTP/1.1 to it on
//! 127.0.0.1. Steps are ordered by what the server prints on stdout or
//! sends on the socket, never by sleeping.

use std::io::Read;
use std::net::{Shutdown, TcpStream};

use tests::http_script::{connect, read_to_close, read_until, send, text, Served};

/// Runs `script` (which defines `server`) listening on an ephemeral port.
fn serve(script: &str) -> Served {
    tests::http_script::serve("http-fixes", script)
}

/// One response framed by Content-Length: its head and its body.
fn read_response(s: &mut TcpStream) -> (String, Vec<u8>) {
    let mut got = Vec::new();
    let mut buf = [0u8; 64 << 10];
    let at = loop {
        if let Some(i) = got.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut buf).expect("a response head");
        assert!(n > 0, "closed before a response head: {:?}", text(&got));
        got.extend_from_slice(&buf[..n]);
    };
    let head = text(&got[..at]);
    let length: usize = head
        .split("\r\n")
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no Content-Length: {head}"));
    let mut body = got.split_off(at);
    assert!(body.len() <= length, "more than the body: {head}");
    let start = body.len();
    body.resize(length, 0);
    s.read_exact(&mut body[start..]).expect("the whole body");
    (head, body)
}

/// Checks with a plain request on a new connection that the server still
/// serves, and that the request handler printed nothing before it.
fn next_request_is(srv: &Served, path: &str) {
    let mut s = connect(srv.port);
    send(
        &mut s,
        format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert!(text(&read_to_close(&mut s)).starts_with("HTTP/1.1 200 OK\r\n"));
    assert_eq!(srv.line(), format!("request {path}"));
}

/// A handler that answers at once, before the request's body is in: the
/// body, once sent, is skipped and the request pipelined after it is
/// answered on the same connection.
#[test]
fn answering_before_the_body_is_in_serves_the_next_request() {
    const BODY: usize = 100_000;
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           console.log('request', req.method, req.url); res.end('hi ' + req.url); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        format!("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: {BODY}\r\n\r\n").as_bytes(),
    );
    let first = read_until(&mut s, "hi /a");
    assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
    assert!(first.contains("Connection: keep-alive\r\n"), "{first}");
    assert_eq!(srv.line(), "request POST /a");
    send(&mut s, &vec![b'z'; BODY]);
    send(
        &mut s,
        b"GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let second = text(&read_to_close(&mut s));
    assert!(second.starts_with("HTTP/1.1 200 OK\r\n"), "{second}");
    assert!(second.ends_with("\r\n\r\nhi /b"), "{second}");
    assert_eq!(srv.line(), "request GET /b");
}

/// Without an 'upgrade' listener, an Upgrade request with a body is an
/// ordinary request: its body (which here looks like a request) reaches
/// the handler, and is not parsed as a request of its own. The next
/// request is sent only after the first answer (Node v20 drops one that
/// arrives in the same packet).
#[test]
fn an_unhandled_upgrade_with_a_body_is_not_smuggled() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           let body = ''; req.on('data', (d) => { body += d; }); \
           req.on('end', () => { \
             console.log('request', req.method, req.url, req.upgrade, JSON.stringify(body)); \
             res.end('ok ' + req.url); }); });",
    );
    let inner = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut s = connect(srv.port);
    send(
        &mut s,
        format!(
            "POST /a HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: {}\r\n\r\n{inner}",
            inner.len()
        )
        .as_bytes(),
    );
    let first = read_until(&mut s, "ok /a");
    assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
    assert_eq!(
        srv.line(),
        r#"request POST /a false "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n""#
    );
    send(
        &mut s,
        b"GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let second = text(&read_to_close(&mut s));
    assert!(second.starts_with("HTTP/1.1 200 OK\r\n"), "{second}");
    assert!(second.ends_with("\r\n\r\nok /b"), "{second}");
    assert!(!second.contains("smuggled"), "{second}");
    assert_eq!(srv.line(), r#"request GET /b false """#);
}

/// A bad request pipelined behind a good one is handed to 'clientError'
/// like any other: the listener's own answer follows the first response.
#[test]
fn client_error_is_asked_for_a_pipelined_bad_request() {
    let srv = serve(
        "const server = http.createServer((req, res) => { console.log('request', req.url); res.end('ok'); }); \
         server.on('clientError', (err, socket) => { \
           console.log('clientError', err.code); \
           socket.end('HTTP/1.1 400 Bad Request\\r\\nContent-Length: 13\\r\\n\\r\\nfrom-listener'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
    );
    let all = text(&read_to_close(&mut s));
    let parts: Vec<&str> = all.split("HTTP/1.1 ").skip(1).collect();
    assert_eq!(parts.len(), 2, "{all}");
    assert!(parts[0].starts_with("200 OK\r\n"), "{all}");
    assert!(parts[0].ends_with("\r\n\r\nok"), "{all}");
    assert_eq!(
        parts[1],
        "400 Bad Request\r\nContent-Length: 13\r\n\r\nfrom-listener"
    );
    assert_eq!(srv.line(), "request /a");
    assert_eq!(srv.line(), "clientError HPE_INVALID_HEADER_TOKEN");
    next_request_is(&srv, "/after");
}

/// 'finish' waits until the body has left: with a body far larger than
/// the socket buffers and a client that reads nothing, the response is
/// not finished after end(), and 'finish' comes only once the client
/// reads — after a request on another connection has been served.
#[test]
fn finish_waits_until_a_large_body_has_left() {
    finish_waits_for_the_body("");
}

/// As [`finish_waits_until_a_large_body_has_left`], on a response that
/// closes its connection: Node emits 'finish' (then 'close') once the
/// body has left.
#[test]
fn finish_waits_until_a_large_body_has_left_on_a_closing_connection() {
    finish_waits_for_the_body("Connection: close\r\n");
}

fn finish_waits_for_the_body(extra_headers: &str) {
    // Well above what the kernel buffers on both ends can hold.
    const TOTAL: usize = 32 << 20;
    let srv = serve(&format!(
        "const server = http.createServer((req, res) => {{ \
           if (req.url === '/big') {{ \
             res.on('finish', () => console.log('finish', res.writableFinished, res.writableLength)); \
             res.end(Buffer.alloc({TOTAL}, 'b')); \
             console.log('ended', res.writableFinished, res.writableLength > 0); return; }} \
           console.log('request', req.url); res.end('small'); }});"
    ));
    let mut big = connect(srv.port);
    send(
        &mut big,
        format!("GET /big HTTP/1.1\r\nHost: x\r\n{extra_headers}\r\n").as_bytes(),
    );
    assert_eq!(srv.line(), "ended false true");
    // Nothing of /big has been read yet, so this line must come before
    // 'finish'.
    next_request_is(&srv, "/meanwhile");
    let (head, body) = read_response(&mut big);
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(body.len(), TOTAL);
    assert!(body.iter().all(|&b| b == b'b'), "the body is intact");
    assert_eq!(srv.line(), "finish true 0");
}

/// `server.setTimeout(100)` with no listener: a keep-alive connection
/// waiting for its next request is not destroyed by it, however long the
/// wait (here: until a 300 ms timer started at the first 'finish' has
/// fired); the timeout applies again once the next request has begun.
#[test]
fn the_socket_timeout_pauses_between_keep_alive_requests() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           console.log('request', req.url); \
           if (req.url === '/hang') return; \
           if (req.url === '/1') res.on('finish', () => setTimeout(() => console.log('waited'), 300)); \
           res.end('ok ' + req.url); }); \
         server.setTimeout(100);",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\n");
    let first = read_until(&mut s, "ok /1");
    assert!(first.contains("Connection: keep-alive\r\n"), "{first}");
    assert_eq!(srv.line(), "request /1");
    assert_eq!(srv.line(), "waited");
    send(&mut s, b"GET /2 HTTP/1.1\r\nHost: x\r\n\r\n");
    let second = read_until(&mut s, "ok /2");
    assert!(second.starts_with("HTTP/1.1 200 OK\r\n"), "{second}");
    assert_eq!(srv.line(), "request /2");
    // A request left unanswered is timed out again.
    send(&mut s, b"GET /hang HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(srv.line(), "request /hang");
    assert_eq!(text(&read_to_close(&mut s)), "");
}

/// An upgraded socket is half-open: the client's end of writing is the
/// socket's 'end', and the server can still write and end afterwards.
#[test]
fn an_upgraded_socket_is_half_open() {
    let srv = serve(
        "const server = http.createServer((req, res) => res.end('plain')); \
         server.on('upgrade', (req, socket, head) => { \
           console.log('upgrade', JSON.stringify(String(head)), socket.allowHalfOpen); \
           socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: x\\r\\nConnection: Upgrade\\r\\n\\r\\n'); \
           socket.on('data', (d) => console.log('data', String(d))); \
           socket.on('end', () => { console.log('end', socket.writable); socket.write('after-end'); socket.end(); }); \
           socket.on('close', () => console.log('close')); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nHEAD",
    );
    assert_eq!(
        read_until(&mut s, "\r\n\r\n"),
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n"
    );
    assert_eq!(srv.line(), r#"upgrade "HEAD" true"#);
    send(&mut s, b"more");
    assert_eq!(srv.line(), "data more");
    s.shutdown(Shutdown::Write).expect("shut down writing");
    assert_eq!(text(&read_to_close(&mut s)), "after-end");
    assert_eq!(srv.line(), "end true");
    assert_eq!(srv.line(), "close");
}

/// A connection reset while pipelined input may wait unread (a server
/// may hold it until the first request is answered) closes: the pending
/// response hears 'close', and other connections are still served.
///
/// The upload's handler consumes its body: Node reads the input on then
/// (a paused Node socket does not notice a reset at all). The reset comes
/// from closing the client socket with unread bytes of the response in it.
#[test]
fn a_reset_connection_with_unread_input_closes() {
    const BODY: usize = 100_000;
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           if (req.url === '/hold') { \
             res.on('close', () => console.log('closed', res.writableEnded)); \
             res.writeHead(200, { 'Content-Length': '100' }); res.write('part'); \
             console.log('wrote'); return; } \
           if (req.url === '/upload') { req.resume(); return; } \
           console.log('request', req.url); res.end('plain'); });",
    );
    let mut s = connect(srv.port);
    let mut request = format!(
        "GET /hold HTTP/1.1\r\nHost: x\r\n\r\nPOST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: {BODY}\r\n\r\n"
    )
    .into_bytes();
    request.resize(request.len() + BODY, b'u');
    send(&mut s, &request);
    assert_eq!(srv.line(), "wrote");
    let mut buf = [0u8; 16];
    let n = s.peek(&mut buf).expect("part of the response arrives");
    assert!(n > 0, "the response began");
    // Closed with unread bytes in it, the socket resets the connection.
    drop(s);
    assert_eq!(srv.line(), "closed false");
    next_request_is(&srv, "/after");
}

/// The order of a response's 'finish' and 'close', ticks and microtasks
/// queued around them, and the request's events is Node's: the 'close'
/// is queued before the 'finish' listeners run, so it comes before a
/// tick queued in a 'finish' listener.
#[test]
fn finish_close_and_ticks_come_in_node_order() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           const log = (what) => console.log(req.url, what); \
           req.on('end', () => log('req end')); \
           req.on('close', () => log('req close')); \
           res.on('finish', () => { log('res finish'); process.nextTick(() => log('tick after finish')); }); \
           res.on('close', () => log('res close')); \
           if (req.url === '/async') setTimeout(() => res.end('a'), 10); else res.end('s'); \
           Promise.resolve().then(() => log('micro')); \
           process.nextTick(() => log('tick')); \
           setImmediate(() => log('immediate')); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET /sync HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\ns");
    assert_eq!(
        srv.lines(8),
        [
            "/sync res finish",
            "/sync tick",
            "/sync res close",
            "/sync tick after finish",
            "/sync req end",
            "/sync req close",
            "/sync micro",
            "/sync immediate",
        ]
    );
    send(&mut s, b"GET /async HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\na");
    assert_eq!(
        srv.lines(8),
        [
            "/async tick",
            "/async micro",
            "/async immediate",
            "/async res finish",
            "/async res close",
            "/async tick after finish",
            "/async req end",
            "/async req close",
        ]
    );
    send(
        &mut s,
        b"POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
    );
    read_until(&mut s, "\r\n\r\ns");
    assert_eq!(
        srv.lines(8),
        [
            "/body res finish",
            "/body tick",
            "/body res close",
            "/body tick after finish",
            "/body micro",
            "/body req end",
            "/body req close",
            "/body immediate",
        ]
    );
}

/// `addTrailers` sends its fields after the last chunk of a chunked body
/// (an array value as one line per element).
#[test]
fn trailers_follow_a_chunked_body() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.writeHead(200, { Trailer: 'Content-MD5' }); res.write('hello '); \
           res.addTrailers({ 'Content-MD5': 'abc', 'X-List': ['a', 'b'] }); res.end('world'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let reply = text(&read_to_close(&mut s));
    assert!(reply.contains("Transfer-Encoding: chunked\r\n"), "{reply}");
    assert!(
        reply.ends_with("\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\nContent-MD5: abc\r\nX-List: a\r\nX-List: b\r\n\r\n"),
        "{reply}"
    );
}

/// A response ended from its request's 'end': the request's 'close' comes
/// after the response's (Node destroys the request a tick later).
#[test]
fn a_read_request_closes_after_its_response() {
    let srv = serve(
        "const server = http.createServer((req, res) => { let n = 0; \
           req.on('data', (c) => { n += c.length; }); \
           req.on('end', () => { console.log('req end', n, req.complete); res.end(String(n)); }); \
           req.on('close', () => console.log('req close')); \
           res.on('finish', () => console.log('res finish')); \
           res.on('close', () => console.log('res close')); });",
    );
    let mut s = connect(srv.port);
    let body = vec![b'z'; 300_000];
    send(
        &mut s,
        format!(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    send(&mut s, &body);
    assert_eq!(srv.line(), "req end 300000 true");
    assert_eq!(srv.line(), "res finish");
    assert_eq!(srv.line(), "res close");
    assert_eq!(srv.line(), "req close");
}

/// A chunked request's trailer fields are `req.rawTrailers` and (folded)
/// `req.trailers` by its 'end'; a body without any has none.
#[test]
fn request_trailers_arrive_by_end() {
    let srv = serve(
        "const server = http.createServer((req, res) => { let body = ''; \
           req.on('data', (d) => { body += d; }); \
           req.on('end', () => { console.log(JSON.stringify([body, req.trailers, \
             req.rawTrailers])); res.end('x'); }); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\
          3\r\nabc\r\n0\r\nX-Sum: 12\r\nx-sum: 13\r\nX-Lat: caf\xe9\r\n\r\n",
    );
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.line(),
        "[\"abc\",{\"x-sum\":\"12, 13\",\"x-lat\":\"caf\u{e9}\"},\
         [\"X-Sum\",\"12\",\"x-sum\",\"13\",\"X-Lat\",\"caf\u{e9}\"]]"
    );
    send(
        &mut s,
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    );
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(srv.line(), "[\"abc\",{},[]]");
}

/// `sendDate = false` and `removeHeader('Date')` send no `Date`; a body
/// ended after an explicit `writeHead` is chunked unless the head has a
/// length (Node fixes the framing with the head).
#[test]
fn date_and_framing_follow_the_head() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           if (req.url === '/nodate') res.sendDate = false; \
           if (req.url === '/rmdate') res.removeHeader('Date'); \
           if (req.url.startsWith('/wh')) res.writeHead(200, req.url === '/whlen' ? \
             { 'Content-Length': 1 } : {}); \
           res.end('x'); });",
    );
    for (path, date, framing, body) in [
        ("/", true, "Content-Length: 1", "x"),
        ("/nodate", false, "Content-Length: 1", "x"),
        ("/rmdate", false, "Content-Length: 1", "x"),
        (
            "/wh",
            true,
            "Transfer-Encoding: chunked",
            "1\r\nx\r\n0\r\n\r\n",
        ),
        ("/whlen", true, "Content-Length: 1", "x"),
    ] {
        let mut s = connect(srv.port);
        send(
            &mut s,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        let reply = text(&read_to_close(&mut s));
        let (head, rest) = reply.split_once("\r\n\r\n").expect("a head");
        assert_eq!(head.contains("\r\nDate: "), date, "{path}: {head}");
        assert!(head.contains(&format!("\r\n{framing}")), "{path}: {head}");
        assert_eq!(rest, body, "{path}");
    }
}

/// `strictContentLength`: a body that outgrows the Content-Length set, or
/// ends short of it, throws ERR_HTTP_CONTENT_LENGTH_MISMATCH (with Node's
/// counts); an exact one, or one with no length set, goes out as usual.
#[test]
fn strict_content_length_holds_the_body_to_the_length_set() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.strictContentLength = true; \
           const fail = (what, f) => { try { f(); console.log(what, 'ok'); } \
             catch (e) { console.log(what, e.code, e.message, res.headersSent, res.writableEnded); } }; \
           if (req.url === '/more') { \
             res.setHeader('Content-Length', 5); res.write('hello'); \
             fail('more', () => res.write('a')); res.end(); \
           } else if (req.url === '/less') { \
             res.writeHead(200, { 'Content-Length': 10 }); res.write('123456789'); \
             fail('less', () => res.end()); res.destroy(); \
           } else if (req.url === '/end') { \
             res.setHeader('Content-Length', 2); fail('end', () => res.end('abc')); res.destroy(); \
           } else { \
             if (req.url === '/exact') res.setHeader('Content-Length', 2); \
             fail(req.url, () => res.end('ab')); \
           } });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET /more HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nhello");
    assert!(reply.contains("Content-Length: 5\r\n"), "{reply}");
    assert_eq!(
        srv.line(),
        "more ERR_HTTP_CONTENT_LENGTH_MISMATCH Response body's content-length of 6 byte(s) \
         does not match the content-length of 5 byte(s) set in header true false"
    );
    send(&mut s, b"GET /exact HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nab");
    assert_eq!(srv.line(), "/exact ok");
    send(&mut s, b"GET /free HTTP/1.1\r\nHost: x\r\n\r\n");
    read_until(&mut s, "\r\n\r\nab");
    assert_eq!(srv.line(), "/free ok");
    for (path, line) in [
        (
            "/less",
            "less ERR_HTTP_CONTENT_LENGTH_MISMATCH Response body's content-length of 9 byte(s) \
             does not match the content-length of 10 byte(s) set in header true false",
        ),
        (
            "/end",
            "end ERR_HTTP_CONTENT_LENGTH_MISMATCH Response body's content-length of 3 byte(s) \
             does not match the content-length of 2 byte(s) set in header true false",
        ),
    ] {
        let mut s = connect(srv.port);
        send(
            &mut s,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        );
        assert_eq!(srv.line(), line);
        read_to_close(&mut s);
    }
}
