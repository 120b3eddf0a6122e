//! The `http` module's server over real sockets on 127.0.0.1: a script
//! listens on port 0 and prints the port; raw TCP clients check what goes
//! over the wire.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

use tests::{runtime_bin, TempDir};

struct Served {
    child: Child,
    port: u16,
    /// The script's stdout after the port line.
    stdout: BufReader<ChildStdout>,
    _dir: TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `handler` (the body of `(req, res) => { ... }`) in a server and
/// waits until it listens.
fn serve(handler: &str) -> Served {
    serve_with(handler, "")
}

/// As `serve`, running `setup` (which sees `server`) right after listen().
fn serve_with(handler: &str, setup: &str) -> Served {
    launch(handler, setup, Stdio::inherit())
}

/// As `serve_with`, with the script's stderr going to `stderr`.
fn launch(handler: &str, setup: &str, stderr: Stdio) -> Served {
    let dir = TempDir::new("http");
    let script = format!(
        "const http = require('http');\nconst server = http.createServer((req, res) => {{ {handler} }});\nserver.listen(0, '127.0.0.1', () => console.log(server.address().port));\n{setup}\n"
    );
    let path = dir.file("server.js", &script);
    let mut child = Command::new(runtime_bin())
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("spawn runtime");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("port line");
    let port = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("no port printed: {line:?}"));
    Served {
        child,
        port,
        stdout,
        _dir: dir,
    }
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s
}

fn read_to_close(mut s: TcpStream) -> String {
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn read_until(s: &mut TcpStream, needle: &str) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&out).contains(needle) {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn hello_world_with_node_headers() {
    let srv = serve("res.statusCode = 200; res.setHeader('Content-Type', 'text/plain'); res.end('Hello World');");
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_to_close(s);
    assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
    assert!(resp.contains("Content-Type: text/plain\r\n"), "{resp}");
    assert!(resp.contains("Content-Length: 11\r\n"), "{resp}");
    assert!(resp.contains("\r\nDate: "), "{resp}");
    assert!(resp.ends_with("\r\n\r\nHello World"), "{resp}");
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let srv = serve("res.end(req.method + ' ' + req.url + ' ' + req.httpVersion);");
    let mut s = connect(srv.port);
    for path in ["/a", "/b?c=d", "/e"] {
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
            .unwrap();
        let resp = read_until(&mut s, &format!("GET {path} 1.1"));
        assert!(resp.contains("Connection: keep-alive"), "{resp}");
    }
}

#[test]
fn request_bodies_and_headers_reach_the_handler() {
    let srv = serve(
        "let body = ''; req.setEncoding('utf8'); req.on('data', (c) => { body += c; }); \
         req.on('end', () => res.end(JSON.stringify([body, req.headers['x-a'], req.headers['set-cookie'], req.rawHeaders.length])));",
    );
    let mut s = connect(srv.port);
    s.write_all(b"POST /p HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
        .unwrap();
    let resp = read_to_close(s);
    assert!(resp.ends_with(r#"["hello","1, 2",["a","b"],14]"#), "{resp}");
    let mut s = connect(srv.port);
    s.write_all(b"POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
        .unwrap();
    assert!(read_to_close(s).contains(r#"["abcde""#));
}

#[test]
fn writes_without_length_are_chunked() {
    let srv =
        serve("res.writeHead(201, { 'X-K': 'v' }); res.write('ab'); res.write('cde'); res.end();");
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_to_close(s);
    assert!(resp.starts_with("HTTP/1.1 201 Created\r\n"), "{resp}");
    assert!(
        resp.contains("X-K: v\r\n") && resp.contains("Transfer-Encoding: chunked\r\n"),
        "{resp}"
    );
    assert!(
        resp.ends_with("\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n"),
        "{resp}"
    );
}

#[test]
fn a_bad_request_is_answered_and_closed_while_others_are_served() {
    let srv = serve("res.end('ok');");
    let mut good = connect(srv.port);
    good.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert!(read_until(&mut good, "ok").ends_with("ok"));
    for bad in [
        &b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"[..],
        b"GET / HTTP/1.1\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
    ] {
        let mut s = connect(srv.port);
        s.write_all(bad).unwrap();
        let resp = read_to_close(s);
        assert!(resp.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{resp}");
    }
    good.write_all(b"GET /again HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert!(read_until(&mut good, "ok").contains("200 OK"));
}

#[test]
fn server_close_lets_the_process_exit_and_listen_errors_are_node_shaped() {
    let dir = TempDir::new("httpclose");
    let path = dir.file(
        "close.js",
        "const http = require('http');\nconst a = http.createServer(() => {});\na.listen(0, '127.0.0.1', () => {\n  const b = http.createServer(() => {});\n  b.on('error', (e) => { console.log(e.code, e.syscall, typeof e.port); a.close(() => console.log('closed')); });\n  b.listen(a.address().port, '127.0.0.1');\n});\n",
    );
    let o = tests::run(&[path.to_str().unwrap_or_default()], &dir.0, "");
    assert_eq!(
        tests::stdout(&o),
        "EADDRINUSE listen number\nclosed\n",
        "stderr: {}",
        tests::stderr(&o)
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn pipelined_and_http10_requests_and_destroyed_sockets_keep_the_server_up() {
    let srv =
        serve("if (req.url === '/kill') { req.socket.destroy(); return; } res.end('r' + req.url);");
    let mut s = connect(srv.port);
    s.write_all(b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_to_close(s);
    let (a, b, c) = (resp.find("r/1"), resp.find("r/2"), resp.find("r/3"));
    assert!(a.is_some() && a < b && b < c, "{resp}");
    let s = connect(srv.port);
    (&s).write_all(b"GET /old HTTP/1.0\r\n\r\n").unwrap();
    let resp = read_to_close(s);
    assert!(
        resp.contains("Connection: close") && resp.ends_with("r/old"),
        "{resp}"
    );
    let s = connect(srv.port);
    (&s).write_all(b"GET /kill HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_eq!(read_to_close(s), "");
    let mut s = connect(srv.port);
    s.write_all(b"GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert!(read_until(&mut s, "r/after").contains("200 OK"));
}

/// Requests nobody reads still go through Node's stream lifecycle ('end',
/// 'close', ended and destroyed afterwards), and a body read late, after
/// it has fully arrived, is all there.
#[test]
fn unread_and_late_read_requests_behave_as_streams() {
    let srv = serve(
        "const g = globalThis; g.log = g.log || []; \
         if (req.url === '/listen') { req.on('end', () => g.log.push('end')); req.on('close', () => g.log.push('close')); g.prev = req; res.end('ok'); } \
         else if (req.url === '/quiet') { g.prev = req; res.end('ok'); } \
         else if (req.url === '/late') { setTimeout(() => { let b = ''; req.setEncoding('utf8'); req.on('data', (c) => { b += c; }); req.on('end', () => res.end(`late:${b}:${req.complete}`)); }, 30); } \
         else { const p = g.prev; res.end(`${g.log.join(',')}|${p.readableEnded},${p.destroyed},${p.complete},${p.readableFlowing}`); g.log.length = 0; }",
    );
    let get = |path: &str| {
        let mut s = connect(srv.port);
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .unwrap();
        read_to_close(s)
    };
    assert!(get("/listen").ends_with("ok"));
    let state = get("/state");
    assert!(state.ends_with("end,close|true,true,true,true"), "{state}");
    assert!(get("/quiet").ends_with("ok"));
    let state = get("/state");
    assert!(state.ends_with("|true,true,true,true"), "{state}");
    let mut s = connect(srv.port);
    s.write_all(
        b"POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
    )
    .unwrap();
    let resp = read_to_close(s);
    assert!(resp.ends_with("late:abc:true"), "{resp}");
}

/// Timeouts set on the server after listen(), as Express apps do, apply:
/// an idle keep-alive connection closes and says its timeout in the
/// Keep-Alive header; a head that stops arriving gets 408 (Node looks for
/// expired heads every connectionsCheckingInterval, here 100 ms).
#[test]
fn keep_alive_and_headers_timeouts_set_after_listen_apply() {
    let srv = tests::http_script::serve(
        "http",
        "const server = http.createServer({ connectionsCheckingInterval: 100 }, \
           (req, res) => res.end('ok')); \
         setImmediate(() => { server.keepAliveTimeout = 2000; server.headersTimeout = 300; });",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all)
        .expect("the idle connection is closed");
    let all = String::from_utf8_lossy(&all);
    assert!(all.contains("Keep-Alive: timeout=2\r\n"), "{all}");
    assert!(all.ends_with("\r\n\r\nok"), "{all}");

    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{all}");
}

/// A `clientError` listener takes over a rejected request's connection:
/// it sees Node's parser code and its raw answer is what the client gets;
/// the server keeps serving others.
#[test]
fn client_error_listeners_answer_bad_requests_themselves() {
    let srv = serve_with(
        "res.end('fine');",
        "server.on('clientError', (err, socket) => { \
           socket.end(`HTTP/1.1 400 Bad Request\\r\\nX-Code: ${err.code}\\r\\nX-Message: ${err.message}\\r\\nContent-Length: 0\\r\\n\\r\\n`); });",
    );
    let mut s = connect(srv.port);
    s.write_all(
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc",
    )
    .unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{all}");
    assert!(
        all.contains("X-Code: HPE_INVALID_TRANSFER_ENCODING\r\n"),
        "{all}"
    );
    assert!(all.contains("X-Message: Parse Error: "), "{all}");
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert!(read_to_close(s).ends_with("fine"));
}

/// Bodies larger than the socket buffer go out whole, in order, both as
/// one `end(body)` and as several writes.
#[test]
fn large_bodies_arrive_intact() {
    let srv = serve(
        "if (req.url === '/one') { res.end(Buffer.alloc(1 << 20, 97)); return; } \
         for (let i = 0; i < 8; i++) res.write(Buffer.alloc(1 << 17, 98 + i)); res.end();",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET /one HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    let at = all.windows(4).position(|w| w == b"\r\n\r\n").expect("head") + 4;
    assert_eq!(all.len() - at, 1 << 20);
    assert!(all[at..].iter().all(|&b| b == b'a'));

    let mut s = connect(srv.port);
    s.write_all(b"GET /many HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    let text = String::from_utf8_lossy(&all);
    assert!(text.contains("Transfer-Encoding: chunked\r\n"), "chunked");
    for i in 0..8u8 {
        let run = vec![b'b' + i; 1 << 17];
        assert!(
            all.windows(run.len()).any(|w| w == run.as_slice()),
            "write {i} arrived whole"
        );
    }
    assert!(text.ends_with("0\r\n\r\n"));
}

/// `Expect: 100-continue` gets an interim 100 before the response; an
/// expectation nobody handles gets 417.
#[test]
fn expect_continue_and_unknown_expectations() {
    let srv = serve(
        "let n = 0; req.on('data', (c) => { n += c.length; }); req.on('end', () => res.end(`got ${n}`));",
    );
    let mut s = connect(srv.port);
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n")
        .unwrap();
    let interim = read_until(&mut s, "\r\n\r\n");
    assert!(
        interim.starts_with("HTTP/1.1 100 Continue\r\n"),
        "{interim}"
    );
    s.write_all(b"abc").unwrap();
    assert!(read_to_close(s).ends_with("got 3"));

    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(
        out.starts_with("HTTP/1.1 417 Expectation Failed\r\n"),
        "{out}"
    );
}

/// HEAD, 204 and 304 responses carry no body (and, as in node, no length
/// when the handler just calls `end(body)`).
#[test]
fn head_204_and_304_have_no_body() {
    let srv = serve(
        "if (req.url === '/204') { res.statusCode = 204; res.end(); } \
         else if (req.url === '/304') { res.statusCode = 304; res.end(); } \
         else res.end('hello');",
    );
    let mut s = connect(srv.port);
    s.write_all(b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
    assert!(out.ends_with("\r\n\r\n"), "no body after HEAD: {out}");
    for path in ["/204", "/304"] {
        let mut s = connect(srv.port);
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .unwrap();
        let out = read_to_close(s);
        assert!(!out.contains("Content-Length"), "{out}");
        assert!(!out.contains("Transfer-Encoding"), "{out}");
        assert!(out.ends_with("\r\n\r\n"), "{out}");
    }
}

/// maxRequestsPerSocket: responses before the last announce the allowance;
/// the last allowed one says Connection: close (what follows it is dropped:
/// see http_raw.rs).
#[test]
fn max_requests_per_socket_says_close_on_the_last() {
    let srv = serve_with("res.end('r');", "server.maxRequestsPerSocket = 2;");
    let mut s = connect(srv.port);
    s.write_all(b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let first = read_until(&mut s, "\r\n\r\nr");
    assert!(first.contains("Connection: keep-alive\r\n"), "{first}");
    assert!(
        first.contains("Keep-Alive: timeout=5, max=2\r\n"),
        "{first}"
    );
    s.write_all(b"GET /2 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let second = read_until(&mut s, "\r\n\r\nr");
    assert!(second.contains("Connection: close\r\n"), "{second}");
}

/// 'connection' fires once per connection, and req.socket carries both
/// ends' addresses.
#[test]
fn connection_event_and_socket_addresses() {
    let srv = serve_with(
        "const s = req.socket; res.end(JSON.stringify([globalThis.conns, s.remoteAddress, typeof s.remotePort, s.localAddress, s.localPort === server.address().port, s.remoteFamily]));",
        "globalThis.conns = 0; server.on('connection', () => { globalThis.conns++; });",
    );
    let mut s = connect(srv.port);
    for _ in 0..2 {
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let out = read_until(&mut s, "\"IPv4\"]");
        assert!(
            out.ends_with(r#"[1,"127.0.0.1","number","127.0.0.1",true,"IPv4"]"#),
            "{out}"
        );
    }
}

/// A client that goes away mid-body: 'aborted' on the request, then
/// 'close' on the response and the request (node's order), and the server
/// keeps serving.
#[test]
fn a_client_leaving_mid_request_aborts_it() {
    let srv = serve_with(
        "if (req.url === '/log') { res.end(globalThis.log.join(',')); return; } \
         req.on('aborted', () => globalThis.log.push('aborted')); \
         req.on('close', () => globalThis.log.push('req close')); \
         res.on('close', () => globalThis.log.push('res close')); \
         res.writeHead(200); res.flushHeaders();",
        "globalThis.log = [];",
    );
    let mut s = connect(srv.port);
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
        .unwrap();
    // The head the handler flushes says the request is in flight.
    let head = read_until(&mut s, "\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    drop(s);
    let mut out = String::new();
    for _ in 0..100 {
        let mut s = connect(srv.port);
        s.write_all(b"GET /log HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        out = read_to_close(s);
        if out.ends_with("close") {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(out.ends_with("aborted,res close,req close"), "{out}");
}

/// A throwing handler is an uncaught exception: exit 1 with the stack on
/// stderr, as node.
#[test]
fn a_throwing_handler_exits_1() {
    let mut srv = launch("throw new Error('handler boom');", "", Stdio::piped());
    let mut s = connect(srv.port);
    let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let mut stderr = String::new();
    let _ = srv
        .child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr);
    assert_eq!(srv.child.wait().expect("wait").code(), Some(1));
    assert!(stderr.contains("Error: handler boom"), "{stderr}");
}

/// writeHead with a reason and array headers; array values become one
/// line each.
#[test]
fn write_head_forms_and_multi_value_headers() {
    let srv = serve(
        "if (req.url === '/a') { res.writeHead(201, 'Made', ['X-A', '1', 'X-A', '2']); res.end(); return; } \
         res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.end('c');",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(out.starts_with("HTTP/1.1 201 Made\r\n"), "{out}");
    assert!(out.contains("X-A: 1\r\nX-A: 2\r\n"), "{out}");
    let mut s = connect(srv.port);
    s.write_all(b"GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(
        out.contains("Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n"),
        "{out}"
    );
}

/// A header value with CR/LF throws ERR_INVALID_CHAR: nothing can be
/// smuggled into the head.
#[test]
fn header_values_cannot_split_the_response() {
    let srv = serve(
        "try { res.setHeader('X-Bad', 'a\\r\\nInjected: 1'); res.end('no'); } \
         catch (e) { res.end(e.code); }",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(out.ends_with("ERR_INVALID_CHAR"), "{out}");
    assert!(!out.contains("Injected"), "{out}");
}

/// Pipelined requests are answered in order even when the first answer
/// comes later.
#[test]
fn pipelined_responses_keep_request_order() {
    let srv = serve(
        "if (req.url === '/slow') setTimeout(() => res.end('first'), 50); else res.end('second');",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    let first = out.find("first").expect("first");
    let second = out.find("second").expect("second");
    assert!(first < second, "{out}");
}

/// server.close() with a request in flight: that response still goes out
/// (keep-alive, as Node's), the connection closes once idle for
/// keepAliveTimeout, then 'close' fires and the process exits on its own.
#[test]
fn close_with_a_request_in_flight_finishes_it_then_exits() {
    let mut srv = serve_with(
        "server.close(() => console.log('closed')); setTimeout(() => res.end('done'), 50);",
        "server.keepAliveTimeout = 200;",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let out = read_to_close(s);
    assert!(out.ends_with("done"), "{out}");
    let mut rest = String::new();
    let _ = srv.stdout.read_to_string(&mut rest);
    assert_eq!(rest, "closed\n");
    assert_eq!(srv.child.wait().expect("wait").code(), Some(0));
}

/// Writing after end() is an 'error' on the response
/// (ERR_STREAM_WRITE_AFTER_END); nothing more reaches the client.
#[test]
fn write_after_end_is_an_error_and_sends_nothing() {
    let srv = serve(
        "if (req.url === '/code') { res.end(String(globalThis.code)); return; } \
         res.on('error', (e) => { globalThis.code = e.code; }); res.end('a'); res.write('b');",
    );
    let mut s = connect(srv.port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let out = read_to_close(s);
    assert!(out.contains("Content-Length: 1\r\n"), "{out}");
    assert!(out.ends_with("\r\n\r\na"), "{out}");
    let mut s = connect(srv.port);
    s.write_all(b"GET /code HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert!(read_to_close(s).ends_with("ERR_STREAM_WRITE_AFTER_END"));
}
