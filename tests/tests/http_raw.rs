//! Socket-level tests of the `http` server's less common paths: 'upgrade'
//! and 'connect' hand the raw socket over, write and read backpressure,
//! socket timeouts, 'dropRequest', the fields of 'clientError' errors, and
//! header values beyond ASCII on the wire (Latin-1, as Node writes them).
//!
//! Each test writes a server script (which defines `server`) to a temp dir,
//! runs it with the runtime under test (`RUNTIME_BIN`, e.g. `node` to check
//! the expectations against Node v20), and talks raw HTTP/1.1 to it on
//! 127.0.0.1. Steps are ordered by what the server prints on stdout or
//! sends on the socket, never by sleeping.

use std::io::{ErrorKind, Write};

use tests::http_script::{connect, read_to_close, read_until, send, text, Served};

/// Runs `script` (which defines `server`) listening on an ephemeral port.
fn serve(script: &str) -> Served {
    tests::http_script::serve("http-raw", script)
}

/// The JS of a listener that answers nothing itself but echoes the raw
/// socket: bytes containing `bye` end the connection with `done`.
const ECHO: &str = "socket.on('data', (d) => { if (String(d).includes('bye')) socket.end('done'); else socket.write(d); });";

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

const PRINT_REQUESTS: &str = "const server = http.createServer((req, res) => { console.log('request', req.url); res.end('plain'); });";

/// An 'upgrade' listener gets the socket raw: bytes sent with the head come
/// as `head`, later ones as 'data' and are not parsed as HTTP any more, and
/// its end() closes the connection. The request handler is not called.
#[test]
fn upgrade_listener_gets_a_raw_socket_and_the_head() {
    let srv = serve(&format!(
        "{PRINT_REQUESTS} server.on('upgrade', (req, socket, head) => {{ \
           console.log('upgrade', req.url, req.headers.upgrade, JSON.stringify(String(head))); \
           socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n\\r\\n'); \
           socket.write(head); {ECHO} }});"
    ));
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /chat HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nfirst",
    );
    assert_eq!(srv.line(), r#"upgrade /chat websocket "first""#);
    let got = read_until(&mut s, "first");
    assert_eq!(
        got,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nfirst"
    );
    send(&mut s, b"second");
    assert_eq!(read_until(&mut s, "second"), "second");
    let raw = "GET /not-http HTTP/1.1\r\nHost: x\r\n\r\n";
    send(&mut s, raw.as_bytes());
    assert_eq!(read_until(&mut s, raw), raw, "echoed, not answered");
    send(&mut s, b"bye");
    assert_eq!(text(&read_to_close(&mut s)), "done");
    next_request_is(&srv, "/plain");
}

/// Without an 'upgrade' listener, Node v20 serves an upgrade request as an
/// ordinary one (with `req.upgrade` false) and keeps the connection alive.
#[test]
fn upgrade_without_a_listener_is_an_ordinary_request() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           console.log('request', req.url, req.headers.upgrade, req.upgrade); res.end('plain ' + req.url); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
    );
    let first = read_until(&mut s, "plain /ws");
    assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
    assert!(first.contains("Connection: keep-alive\r\n"), "{first}");
    assert_eq!(srv.line(), "request /ws websocket false");
    send(
        &mut s,
        b"GET /next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let second = text(&read_to_close(&mut s));
    assert!(second.starts_with("HTTP/1.1 200 OK\r\n"), "{second}");
    assert!(second.ends_with("\r\n\r\nplain /next"), "{second}");
    assert_eq!(srv.line(), "request /next undefined false");
}

/// A 'connect' listener gets the CONNECT request (its url is the
/// authority), the bytes after the head, and the raw socket.
#[test]
fn connect_listener_gets_the_authority_and_a_raw_socket() {
    let srv = serve(&format!(
        "{PRINT_REQUESTS} server.on('connect', (req, socket, head) => {{ \
           console.log('connect', req.method, req.url, JSON.stringify(String(head))); \
           socket.write('HTTP/1.1 200 Connection Established\\r\\n\\r\\n'); socket.write(head); {ECHO} }});"
    ));
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhello",
    );
    assert_eq!(srv.line(), r#"connect CONNECT example.com:443 "hello""#);
    assert_eq!(
        read_until(&mut s, "hello"),
        "HTTP/1.1 200 Connection Established\r\n\r\nhello"
    );
    send(&mut s, b"\x16\x03\x01 tunnelled");
    assert_eq!(
        read_until(&mut s, " tunnelled"),
        "\u{16}\u{3}\u{1} tunnelled"
    );
    send(&mut s, b"bye");
    assert_eq!(text(&read_to_close(&mut s)), "done");
    next_request_is(&srv, "/plain");
}

/// Without a 'connect' listener, Node closes a CONNECT connection without
/// any response, and the request handler is not called.
#[test]
fn connect_without_a_listener_closes_silently() {
    let srv = serve(PRINT_REQUESTS);
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
    );
    assert_eq!(text(&read_to_close(&mut s)), "");
    next_request_is(&srv, "/after");
}

/// A handler that writes while write() returns true and otherwise waits
/// for 'drain' sees write() return false (with writableNeedDrain set and
/// data queued), one 'drain' per false, and the body arrives whole.
#[test]
fn response_writes_report_backpressure_and_drain() {
    const TOTAL: usize = 8 << 20;
    const CHUNK: usize = 64 << 10;
    let srv = serve(&format!(
        "const server = http.createServer((req, res) => {{ \
           res.setHeader('Content-Length', {TOTAL}); let i = 0, falses = 0, drains = 0; \
           const pump = () => {{ \
             while (i * {CHUNK} < {TOTAL}) {{ \
               const ok = res.write(Buffer.alloc({CHUNK}, i++ & 0xff)); \
               if (!ok) {{ \
                 if (falses++ === 0) console.log('false-seen', res.writableNeedDrain, res.writableLength > 0); \
                 res.once('drain', () => {{ if (drains++ === 0) console.log('drain', res.writableNeedDrain); pump(); }}); \
                 return; }} }} \
             console.log('end', falses === drains, falses > 0); res.end(); }}; \
           pump(); }});"
    ));
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    // Nothing is read until the server has seen write() return false.
    assert_eq!(srv.line(), "false-seen true true");
    let all = read_to_close(&mut s);
    let at = all
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head")
        + 4;
    let head = text(&all[..at]);
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert!(
        head.contains(&format!("Content-Length: {TOTAL}\r\n")),
        "{head}"
    );
    let body = &all[at..];
    assert_eq!(body.len(), TOTAL);
    for (i, chunk) in body.chunks(CHUNK).enumerate() {
        assert!(chunk.iter().all(|&b| b == i as u8), "chunk {i} intact");
    }
    assert_eq!(srv.line(), "drain false");
    assert_eq!(srv.line(), "end true true");
}

/// A paused request stops the server reading the socket: the client's
/// writes block with far less read by the server than sent, and after
/// resume() the whole body is counted.
#[test]
fn a_paused_request_applies_backpressure_to_the_client() {
    const TOTAL: usize = 64 << 20;
    let srv = serve(
        "let paused = null; \
         const server = http.createServer((req, res) => { \
           if (req.url === '/upload') { \
             req.pause(); paused = req; console.log('paused', req.isPaused()); \
             let n = 0; req.on('data', (c) => { n += c.length; }); req.on('end', () => res.end(`count=${n}`)); \
             return; } \
           console.log('resumed', paused.socket.bytesRead); paused.resume(); res.end('going'); });",
    );
    let mut up = connect(srv.port);
    let head = format!(
        "POST /upload HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {TOTAL}\r\n\r\n"
    );
    send(&mut up, head.as_bytes());
    assert_eq!(srv.line(), "paused true");
    up.set_nonblocking(true).expect("non-blocking");
    let block = vec![b'z'; 64 << 10];
    let mut sent = 0;
    while sent < TOTAL {
        match up.write(&block[..block.len().min(TOTAL - sent)]) {
            Ok(n) => sent += n,
            Err(e) if e.kind() == ErrorKind::WouldBlock => break,
            Err(e) => panic!("upload failed after {sent} bytes: {e}"),
        }
    }
    assert!(sent < TOTAL, "the client's writes never blocked");
    let mut go = connect(srv.port);
    send(
        &mut go,
        b"GET /go HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let line = srv.line();
    let read: usize = line
        .strip_prefix("resumed ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected line {line:?}"));
    assert!(
        read < head.len() + sent,
        "the server read {read} of {} bytes while paused",
        head.len() + sent
    );
    assert!(text(&read_to_close(&mut go)).ends_with("going"));
    up.set_nonblocking(false).expect("blocking");
    while sent < TOTAL {
        let n = block.len().min(TOTAL - sent);
        up.write_all(&block[..n]).expect("rest of the upload");
        sent += n;
    }
    let resp = text(&read_to_close(&mut up));
    assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
    assert!(resp.ends_with(&format!("\r\n\r\ncount={TOTAL}")), "{resp}");
}

/// `server.setTimeout(ms, cb)`: an idle request's socket is passed to the
/// callback and, because there is a listener, is not destroyed; the
/// response can still be sent afterwards.
#[test]
fn server_timeout_callback_keeps_the_socket_open() {
    let srv = serve(
        "let pending = null; \
         const server = http.createServer((req, res) => { pending = res; console.log('request'); }); \
         server.setTimeout(200, (socket) => { \
           console.log('timeout', socket === pending.socket, socket.destroyed, server.timeout); pending.end('late'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(srv.line(), "request");
    assert_eq!(srv.line(), "timeout true false 200");
    let resp = text(&read_to_close(&mut s));
    assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
    assert!(resp.ends_with("\r\n\r\nlate"), "{resp}");
}

/// `server.timeout` with no 'timeout' listener anywhere: the idle socket is
/// destroyed and the client gets no bytes at all.
#[test]
fn server_timeout_without_a_listener_destroys_the_socket() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           console.log('request'); req.socket.on('close', () => console.log('closed', res.writableEnded)); }); \
         server.timeout = 200;",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(srv.line(), "request");
    assert_eq!(text(&read_to_close(&mut s)), "");
    assert_eq!(srv.line(), "closed false");
}

/// `res.setTimeout(ms, cb)`: the callback gets the socket, which stays
/// open, so the handler can still answer.
#[test]
fn response_timeout_callback_can_still_answer() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.setTimeout(200, (socket) => { \
             console.log('res-timeout', socket === req.socket, socket.destroyed); res.end('late-res'); }); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(srv.line(), "res-timeout true false");
    let resp = text(&read_to_close(&mut s));
    assert!(resp.ends_with("\r\n\r\nlate-res"), "{resp}");
}

/// `socket.setTimeout` plus a listener on the socket alone does not save
/// it: with no listener on the request, response or server, the http
/// server destroys it before the user's 'timeout' listener runs.
#[test]
fn a_socket_timeout_listener_alone_does_not_keep_the_socket() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           req.socket.setTimeout(200); \
           req.socket.on('timeout', () => console.log('socket-timeout', req.socket.destroyed)); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(srv.line(), "socket-timeout true");
    assert_eq!(text(&read_to_close(&mut s)), "");
}

/// With `maxRequestsPerSocket = 2`, the third pipelined request is not
/// passed to the handler: 'dropRequest' gets it and the socket, and it is
/// answered 503 with `Connection: close` and an empty chunked body.
#[test]
fn requests_beyond_max_requests_per_socket_are_dropped_with_503() {
    let srv = serve(
        "const server = http.createServer((req, res) => { console.log('request', req.url); res.end('r' + req.url); }); \
         server.maxRequestsPerSocket = 2; \
         server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket === req.socket));",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    let all = read_until(&mut s, "\r\n\r\n0\r\n\r\n");
    let parts: Vec<&str> = all.split("HTTP/1.1 ").skip(1).collect();
    assert_eq!(parts.len(), 3, "{all}");
    assert!(parts[0].starts_with("200 OK\r\n"), "{all}");
    assert!(
        parts[0].contains("Keep-Alive: timeout=5, max=2\r\n") && parts[0].ends_with("r/1"),
        "{all}"
    );
    assert!(parts[1].contains("Connection: close\r\n"), "{all}");
    assert!(parts[1].ends_with("\r\n\r\nr/2"), "{all}");
    assert!(parts[2].starts_with("503 Service Unavailable\r\n"), "{all}");
    assert!(parts[2].contains("Connection: close\r\n"), "{all}");
    assert!(parts[2].contains("Transfer-Encoding: chunked\r\n"), "{all}");
    assert_eq!(srv.line(), "request /1");
    assert_eq!(srv.line(), "request /2");
    assert_eq!(srv.line(), "dropRequest /3 true");
}

/// The error a 'clientError' listener gets carries an `HPE_` code, the
/// number of bytes parsed and the raw packet as a Buffer.
#[test]
fn client_error_carries_code_bytes_parsed_and_raw_packet() {
    let srv = serve(
        "const server = http.createServer((req, res) => res.end('fine')); \
         server.on('clientError', (err, socket) => { \
           const raw = err.rawPacket; \
           console.log(JSON.stringify([err.code, typeof err.bytesParsed, Buffer.isBuffer(raw) && err.bytesParsed <= raw.length, Buffer.isBuffer(raw), String(raw)])); \
           socket.end('HTTP/1.1 400 Bad Request\\r\\nContent-Length: 0\\r\\n\\r\\n'); });",
    );
    let request = "GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n";
    let mut s = connect(srv.port);
    send(&mut s, request.as_bytes());
    let resp = text(&read_to_close(&mut s));
    assert_eq!(
        resp,
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
    );
    let line = srv.line();
    let rest = line
        .strip_prefix("[\"HPE_")
        .unwrap_or_else(|| panic!("no HPE_ code: {line}"));
    let tail = format!(
        r#"","number",true,true,"{}"]"#,
        request.replace("\r\n", "\\r\\n")
    );
    assert!(rest.ends_with(&tail), "{line}");
}

/// A response's state right after `end()` and at its events, as Node
/// reports it: `writable` stays true, a body the socket took at once is
/// `writableFinished` immediately, and only 'close' marks it destroyed.
#[test]
fn response_state_after_end_and_at_its_events() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.end('x'); \
           const s = (tag) => console.log(tag, res.writable, res.writableEnded, res.writableFinished, \
             res.headersSent, res.statusMessage, res.destroyed, res.closed); \
           s('end'); res.on('finish', () => s('finish')); res.on('close', () => s('close')); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let reply = text(&read_to_close(&mut s));
    assert!(reply.ends_with("\r\n\r\nx"), "{reply}");
    assert_eq!(srv.line(), "end true true true true OK false false");
    assert_eq!(srv.line(), "finish true true true true OK false false");
    assert_eq!(srv.line(), "close true true true true OK true true");
}

/// Header values with characters past ASCII go out as Latin-1 bytes.
#[test]
fn header_values_go_out_as_latin1() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.setHeader('Content-Disposition', 'attachment; filename=\"caf\\u00e9.txt\"'); \
           res.writeHead(200, { 'X-B': 'na\\u00efve' }); res.end('x'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let reply = read_to_close(&mut s);
    let has = |line: &[u8]| reply.windows(line.len()).any(|w| w == line);
    assert!(
        has(b"\r\nContent-Disposition: attachment; filename=\"caf\xe9.txt\"\r\n"),
        "{}",
        text(&reply)
    );
    assert!(has(b"\r\nX-B: na\xefve\r\n"), "{}", text(&reply));
}
