//! Socket-level tests of what the server's short path for the usual
//! response (`res.end(body)` inside the 'request' listener) must keep from
//! Node: the response's and request's observable state during and after
//! it, the order of 'finish' against ticks queued before and after `end()`,
//! a listener that throws after `end()`, request header values read as
//! Latin-1 (as Node does), an application swapping the request's prototype,
//! the reason phrase, a request allowance set later, ending a destroyed
//! response, a request answered before its body is in, and the batched
//! write of such responses (sent once the ready connections are served):
//! it reaches the client even when the process exits right after `end()`,
//! keeps pipelined responses in order, gives each of many connections its
//! own response, and a server closing meanwhile leaves the connection to
//! its keep-alive timeout; a server's own message classes, HTTP/1.0
//! framing.
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

/// An application that swaps a request's prototype for its own (Express
/// does, with one inheriting from `http.IncomingMessage.prototype`) still
/// reads its headers and version.
#[test]
fn a_swapped_request_prototype_keeps_headers_and_version() {
    let srv = serve(
        "const appRequest = Object.create(http.IncomingMessage.prototype); \
         const server = http.createServer((req, res) => { \
           Object.setPrototypeOf(req, appRequest); \
           console.log(JSON.stringify([req.headers, req.rawHeaders, req.httpVersion, \
             req.httpVersionMajor, req.httpVersionMinor, req.upgrade])); res.end('x'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n\r\n",
    );
    read_until(&mut s, "\r\n\r\nx");
    assert_eq!(
        srv.line(),
        "[{\"host\":\"example.com\",\"content-type\":\"text/plain\"},\
         [\"Host\",\"example.com\",\"Content-Type\",\"text/plain\"],\"1.1\",1,1,false]"
    );
}

/// The status line's text is `http.STATUS_CODES`' (patched too), and
/// `statusMessage` after an implicit head keeps the text sent.
#[test]
fn the_reason_phrase_is_the_one_sent() {
    let srv = serve(
        "http.STATUS_CODES[200] = 'All Good'; \
         const server = http.createServer((req, res) => { \
           if (req.url === '/ok') { http.STATUS_CODES[200] = 'OK'; } \
           res.end('x'); res.statusCode = 500; console.log(res.statusMessage); \
           res.statusMessage = undefined; console.log(String(res.statusMessage)); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nx");
    assert!(reply.starts_with("HTTP/1.1 200 All Good\r\n"), "{reply}");
    assert_eq!(srv.lines(2), ["All Good", "undefined"]);
    send(&mut s, b"GET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nx");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert_eq!(srv.lines(2), ["OK", "undefined"]);
}

/// `maxRequestsPerSocket` set while a connection is open counts that
/// connection's requests from then on (Node's rule): the request it was
/// set in names no allowance, the next two are served, the last of them
/// with `Connection: close`.
#[test]
fn a_request_allowance_set_later_counts_from_then() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           server.maxRequestsPerSocket = 2; \
           console.log(req.url, res.maxRequestsOnConnectionReached); res.end('x'); });",
    );
    let mut s = connect(srv.port);
    let mut heads = Vec::new();
    for path in ["/1", "/2", "/3"] {
        send(
            &mut s,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        );
        heads.push(read_until(&mut s, "\r\n\r\nx"));
    }
    assert_eq!(srv.lines(3), ["/1 false", "/2 false", "/3 true"]);
    assert!(
        heads[0].contains("\r\nKeep-Alive: timeout=5\r\n"),
        "{}",
        heads[0]
    );
    assert!(
        heads[1].contains("\r\nKeep-Alive: timeout=5, max=2\r\n"),
        "{}",
        heads[1]
    );
    assert!(
        heads[2].contains("\r\nConnection: close\r\n"),
        "{}",
        heads[2]
    );
}

/// `end()` on a response that was destroyed, or whose request destroyed
/// the socket, marks it ended and finished but sends nothing and emits no
/// 'finish' (Node's order of the 'close' events too).
#[test]
fn ending_a_destroyed_response() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           const log = (...a) => console.log(req.url, ...a); \
           res.on('finish', () => log('finish')); res.on('close', () => log('close')); \
           req.on('close', () => log('req close')); \
           if (req.url === '/res') res.destroy(); else req.destroy(); \
           res.end('x'); log(res.finished, res.writableEnded); \
           setTimeout(() => log('later', res.finished, res.destroyed, res.writableFinished), 50); });",
    );
    for (path, closes) in [
        ("/res", ["close", "req close"]),
        ("/req", ["req close", "close"]),
    ] {
        let mut s = connect(srv.port);
        send(
            &mut s,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        );
        assert!(read_to_close(&mut s).is_empty(), "{path}: nothing is sent");
        assert_eq!(
            srv.lines(4),
            [
                format!("{path} true true"),
                format!("{path} {}", closes[0]),
                format!("{path} {}", closes[1]),
                format!("{path} later true true true"),
            ]
        );
    }
}

/// A response sent before its request's body is all in: when the client
/// then closes, the request is not aborted (no 'aborted', 'error' or
/// 'close'), as in Node; only the socket closes.
#[test]
fn an_answered_request_is_not_aborted_by_the_close() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           for (const e of ['aborted', 'error', 'close', 'end']) req.on(e, () => console.log('req', e)); \
           res.on('close', () => console.log('res close')); \
           req.socket.on('close', () => console.log('socket close')); \
           res.end('early'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789",
    );
    read_until(&mut s, "\r\n\r\nearly");
    assert_eq!(srv.line(), "res close");
    drop(s);
    assert_eq!(srv.line(), "socket close");
}

/// A response ended right before `process.exit()` still reaches its client
/// (the batched write goes out before the process ends).
#[test]
fn a_response_ended_just_before_exit_still_arrives() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.setHeader('Content-Type', 'text/plain'); res.end('bye'); process.exit(0); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = text(&read_to_close(&mut s));
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nbye"), "{reply}");
}

/// Pipelined requests answered at once each get their response, in order,
/// whole.
#[test]
fn pipelined_short_responses_arrive_in_order() {
    let srv = serve("const server = http.createServer((req, res) => res.end(`<${req.url}>`));");
    let mut s = connect(srv.port);
    let mut batch = Vec::new();
    for i in 0..20 {
        batch.extend_from_slice(format!("GET /{i} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
    }
    batch.extend_from_slice(b"GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    send(&mut s, &batch);
    let reply = text(&read_to_close(&mut s));
    let bodies: Vec<&str> = reply
        .split("HTTP/1.1 200 OK\r\n")
        .skip(1)
        .map(|r| r.rsplit("\r\n\r\n").next().unwrap_or(""))
        .collect();
    let mut want: Vec<String> = (0..20).map(|i| format!("</{i}>")).collect();
    want.push("</last>".to_string());
    assert_eq!(bodies, want, "{reply}");
}

/// `server.close()` inside the listener: as in Node, the response ended
/// right after it stays keep-alive, the connection closes once idle for
/// keepAliveTimeout, and then the server's 'close' comes.
#[test]
fn a_closing_server_keeps_the_connection_until_it_idles_out() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           server.close(() => console.log('closed')); res.end('x'); }); \
         server.keepAliveTimeout = 200;",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = text(&read_to_close(&mut s));
    assert!(reply.contains("\r\nConnection: keep-alive\r\n"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nx"), "{reply}");
    assert_eq!(srv.line(), "closed");
}

/// `createServer({ IncomingMessage, ServerResponse })`: requests and
/// responses are made with the given classes (and served as usual: HEAD
/// without a body, HTTP/1.0 with no length, closing); the server does not
/// expose them as properties (Node keeps them out of sight).
#[test]
fn a_server_makes_its_messages_with_the_classes_given() {
    let srv = serve(
        "class MyReq extends http.IncomingMessage {} \
         class MyRes extends http.ServerResponse {} \
         const server = http.createServer({ IncomingMessage: MyReq, ServerResponse: MyRes }, \
           (req, res) => { \
             console.log(req instanceof MyReq, res instanceof MyRes, req.method, req.url, \
               req.httpVersion, typeof server.IncomingMessage, typeof server.ServerResponse); \
             res.end('mine'); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nmine");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert_eq!(srv.line(), "true true GET /a 1.1 undefined undefined");
    send(&mut s, b"HEAD /b HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\n");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert_eq!(srv.line(), "true true HEAD /b 1.1 undefined undefined");
    send(&mut s, b"GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    let reply = text(&read_to_close(&mut s));
    assert!(reply.contains("Connection: close\r\n"), "{reply}");
    assert!(!reply.contains("Content-Length"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nmine"), "{reply}");
    assert_eq!(srv.line(), "true true GET /c 1.0 undefined undefined");
}

/// HTTP/1.0 requests get Node's framing: a body with no length set goes
/// without one and the connection closes to end it (keep-alive asked for
/// or not); with a Content-Length set, a keep-alive request keeps its
/// connection.
#[test]
fn http10_responses_close_unless_given_a_length() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           if (req.url === '/sized') res.setHeader('Content-Length', 2); \
           res.end(req.url === '/empty' ? undefined : 'ok'); });",
    );
    for (request, body) in [
        (
            &b"GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"[..],
            "ok",
        ),
        (&b"GET /b HTTP/1.0\r\n\r\n"[..], "ok"),
        (
            &b"GET /empty HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"[..],
            "",
        ),
    ] {
        let mut s = connect(srv.port);
        send(&mut s, request);
        let reply = text(&read_to_close(&mut s));
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(reply.contains("\r\nConnection: close\r\n"), "{reply}");
        assert!(!reply.contains("Content-Length"), "{reply}");
        assert!(reply.ends_with(&format!("\r\n\r\n{body}")), "{reply}");
    }
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET /sized HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    );
    let reply = read_until(&mut s, "\r\n\r\nok");
    assert!(reply.contains("\r\nConnection: keep-alive\r\n"), "{reply}");
    assert!(reply.contains("\r\nContent-Length: 2\r\n"), "{reply}");
    send(&mut s, b"GET /sized HTTP/1.0\r\n\r\n");
    let reply = text(&read_to_close(&mut s));
    assert!(reply.contains("\r\nConnection: close\r\n"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nok"), "{reply}");
}

/// Requests on many connections at once are answered in one batch: every
/// connection gets its own whole response, also for responses ended later
/// from a timer.
#[test]
fn many_connections_answered_in_one_batch_each_get_their_response() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           if (req.url.endsWith('/later')) setTimeout(() => res.end('later' + req.url), 5); \
           else res.end('now' + req.url); });",
    );
    let mut conns: Vec<_> = (0..20).map(|_| connect(srv.port)).collect();
    for (i, s) in conns.iter_mut().enumerate() {
        let path = if i % 2 == 0 {
            format!("/{i}")
        } else {
            format!("/{i}/later")
        };
        send(
            s,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        );
    }
    for (i, s) in conns.iter_mut().enumerate() {
        let reply = text(&read_to_close(s));
        let body = if i % 2 == 0 {
            format!("now/{i}")
        } else {
            format!("later/{i}/later")
        };
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(reply.ends_with(&format!("\r\n\r\n{body}")), "{reply}");
    }
}

/// Header values set as numbers go out as JS writes them (integers on the
/// one-call path, others formatted by JS), and read back as numbers.
#[test]
fn numeric_header_values_go_out_as_js_writes_them() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.setHeader('X-Int', 42); res.setHeader('X-Neg', -7); \
           if (req.url === '/frac') res.setHeader('X-Frac', 1.5); \
           res.setHeader('Content-Length', 2); \
           console.log(typeof res.getHeader('x-int'), res.getHeader('content-length')); \
           res.end('ok'); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nok");
    assert!(
        reply.contains("\r\nX-Int: 42\r\nX-Neg: -7\r\nContent-Length: 2\r\n"),
        "{reply}"
    );
    assert_eq!(srv.line(), "number 2");
    send(&mut s, b"GET /frac HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = read_until(&mut s, "\r\n\r\nok");
    assert!(reply.contains("\r\nX-Frac: 1.5\r\n"), "{reply}");
    assert!(
        !reply.contains("Content-Length: 2\r\nContent-Length"),
        "{reply}"
    );
    assert_eq!(srv.line(), "number 2");
}

/// A response ended just before its socket is destroyed still reaches the
/// client whole (its batched write goes out before the close).
#[test]
fn a_response_ended_before_its_socket_is_destroyed_still_arrives() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           res.end('bye'); req.socket.destroy(); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let reply = text(&read_to_close(&mut s));
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("\r\n\r\nbye"), "{reply}");
}

/// write() callbacks run, in order, after the listener returns, and end()'s
/// callback with 'finish'; the client gets the chunked body whole.
#[test]
fn write_callbacks_run_in_order() {
    let srv = serve(
        "const server = http.createServer((req, res) => { \
           const log = (what) => console.log(what); \
           res.on('finish', () => log('finish')); \
           res.write('a', () => log('cb a')); \
           res.write('b', 'utf8', () => log('cb b')); \
           res.write('c'); \
           res.end('d', () => log('end cb')); \
           log('returned'); });",
    );
    let mut s = connect(srv.port);
    send(
        &mut s,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let reply = text(&read_to_close(&mut s));
    assert!(reply.contains("Transfer-Encoding: chunked\r\n"), "{reply}");
    assert!(
        reply.ends_with("\r\n\r\n1\r\na\r\n1\r\nb\r\n1\r\nc\r\n1\r\nd\r\n0\r\n\r\n"),
        "{reply}"
    );
    let lines = srv.lines(5);
    assert_eq!(lines[0], "returned", "{lines:?}");
    let at = |what: &str| lines.iter().position(|l| l == what).unwrap_or(99);
    assert!(at("cb a") < at("cb b") && at("cb b") < 5, "{lines:?}");
    assert!(at("finish") < at("end cb") && at("end cb") < 5, "{lines:?}");
}
