//! The error a 'clientError' listener gets for each kind of malformed
//! request carries the `code` and message Node's parser gives for the same
//! bytes. (Requests this server refuses and Node serves, such as a missing
//! Host, are tested in `http_raw.rs`.)
//!
//! The server script runs under the runtime under test (`RUNTIME_BIN`, e.g.
//! `node` to check the table against Node v20); each request goes on its own
//! connection, which the listener destroys after printing the error.

use tests::http_script::{connect, read_to_close, send};

/// (request bytes, code, message).
const CASES: &[(&[u8], &str, &str)] = &[
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx",
        "HPE_UNEXPECTED_CONTENT_LENGTH",
        "Duplicate Content-Length",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
        "HPE_UNEXPECTED_CONTENT_LENGTH",
        "Duplicate Content-Length",
    ),
    (
        b"XYZ / HTTP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_METHOD",
        "Invalid method encountered",
    ),
    (
        b"get / HTTP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_METHOD",
        "Invalid method encountered",
    ),
    (
        b"G@T / HTTP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_METHOD",
        "Invalid method encountered",
    ),
    (
        b"GET /\x7f HTTP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_URL",
        "Invalid char in url path",
    ),
    (
        b"GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_CONSTANT",
        "Expected HTTP/, RTSP/ or ICE/",
    ),
    (
        b"GET / HTXP/1.1\r\nHost: x\r\n\r\n",
        "HPE_INVALID_CONSTANT",
        "Expected HTTP/, RTSP/ or ICE/",
    ),
    (
        b"GET / HTTP/1.2\r\nHost: x\r\n\r\n",
        "HPE_INVALID_VERSION",
        "Invalid HTTP version",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\rY: z\r\n\r\n",
        "HPE_LF_EXPECTED",
        "Missing expected LF after header value",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n",
        "HPE_INVALID_HEADER_TOKEN",
        "Unexpected whitespace after header value",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: \r\n\r\n",
        "HPE_INVALID_CONTENT_LENGTH",
        "Empty Content-Length",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
        "HPE_INVALID_CONTENT_LENGTH",
        "Content-Length overflow",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\nx",
        "HPE_INVALID_CONTENT_LENGTH",
        "Invalid character in Content-Length",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n",
        "HPE_INVALID_CONTENT_LENGTH",
        "Invalid character in Content-Length",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n",
        "HPE_INVALID_HEADER_TOKEN",
        "Invalid header value char",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: x\r\nHo st: x\r\n\r\n",
        "HPE_INVALID_HEADER_TOKEN",
        "Invalid header token",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n",
        "HPE_INVALID_CONTENT_LENGTH",
        "Content-Length can't be present with Transfer-Encoding",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
        "HPE_INVALID_TRANSFER_ENCODING",
        "Transfer-Encoding can't be present with Content-Length",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
        "HPE_INVALID_TRANSFER_ENCODING",
        "Invalid `Transfer-Encoding` header value",
    ),
];

#[test]
fn client_errors_carry_node_codes_and_messages() {
    let srv = tests::http_script::serve(
        "http-client-errors",
        "const server = http.createServer((req, res) => { console.log('request'); res.end(); }); \
         server.on('clientError', (err, socket) => { \
           console.log(err.code + ' ' + err.message); socket.destroy(); });",
    );
    for (request, code, message) in CASES {
        let mut s = connect(srv.port);
        send(&mut s, request);
        read_to_close(&mut s);
        assert_eq!(
            srv.line(),
            format!("{code} Parse Error: {message}"),
            "{:?}",
            String::from_utf8_lossy(request)
        );
    }
    // A head over the size limit: 431's error, Node's overflow message.
    let mut s = connect(srv.port);
    let big = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    send(&mut s, big.as_bytes());
    read_to_close(&mut s);
    assert_eq!(
        srv.line(),
        "HPE_HEADER_OVERFLOW Parse Error: Header overflow"
    );
}

/// Garbage is refused as it arrives, not when a head that never comes is
/// complete: a TLS hello sent to the plain port, or garbage pipelined
/// behind a good request (which is answered first).
#[test]
fn garbage_is_refused_as_it_arrives() {
    let srv = tests::http_script::serve(
        "http-client-errors",
        "const server = http.createServer((req, res) => { console.log('request', req.url); res.end('x'); }); \
         server.on('clientError', (err, socket) => { \
           console.log(err.code); socket.destroy(); });",
    );
    let mut s = connect(srv.port);
    send(&mut s, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03");
    read_to_close(&mut s);
    assert_eq!(srv.line(), "HPE_INVALID_METHOD");
    let mut s = connect(srv.port);
    send(&mut s, b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nxyz");
    let reply = String::from_utf8_lossy(&read_to_close(&mut s)).into_owned();
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert_eq!(srv.lines(2), ["request /a", "HPE_INVALID_METHOD"]);
}
