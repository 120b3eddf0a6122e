//! One socket-level test per framing and limit rule (RFC 9112): the engine
//! answers a bad request with the rule's status, `Connection: close`, and
//! closes without answering anything sent after it.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::OnceLock;

use runtime_http::{Connection, Handler, Request};

mod common;

/// Answers "ok" to every complete request.
struct Ok200;

impl Handler for Ok200 {
    fn on_request(&self, _conn: &Rc<Connection>, _request: Request) {}

    fn on_body_end(&self, conn: &Rc<Connection>) {
        conn.write_head(200, None, &[], Some(2));
        conn.write_body(b"ok");
        conn.end_response();
    }
}

/// One server for the whole file.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| common::start(|| Rc::new(Ok200)))
}

/// Sends `request` followed by a valid request that must not be answered,
/// and returns everything the server sent before closing.
fn exchange(request: &[u8]) -> String {
    let mut s = common::connect(server());
    let mut bytes = request.to_vec();
    bytes.extend_from_slice(b"GET /after HTTP/1.1\r\nHost: x\r\n\r\n");
    // The server may close before reading it all; that is fine.
    let _ = s.write_all(&bytes);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn rejected(request: &[u8], status: &str) {
    let out = exchange(request);
    assert!(
        out.starts_with(&format!("HTTP/1.1 {status}\r\n")),
        "expected {status} for {:?}, got {out:?}",
        String::from_utf8_lossy(request)
    );
    assert!(out.contains("Connection: close\r\n"), "{out}");
    assert_eq!(out.matches("HTTP/1.1 ").count(), 1, "nothing after: {out}");
}

macro_rules! rule {
    ($name:ident, $request:expr, $status:expr) => {
        #[test]
        fn $name() {
            rejected($request, $status);
        }
    };
}

rule!(
    content_length_with_transfer_encoding,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "400 Bad Request"
);
rule!(
    content_length_with_plus_sign,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello",
    "400 Bad Request"
);
rule!(
    empty_content_length,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \r\n\r\n",
    "400 Bad Request"
);
rule!(
    overflowing_content_length,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
    "400 Bad Request"
);
rule!(
    garbage_content_length,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5x\r\n\r\nhello",
    "400 Bad Request"
);
rule!(
    differing_content_lengths,
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
    "400 Bad Request"
);
rule!(
    transfer_encoding_not_ending_in_chunked,
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
    "400 Bad Request"
);
rule!(
    unknown_transfer_encoding,
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
    "400 Bad Request"
);
rule!(
    obfuscated_transfer_encoding,
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n",
    "400 Bad Request"
);
rule!(
    bad_chunk_size,
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    "400 Bad Request"
);
rule!(
    chunk_size_with_bare_lf,
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n",
    "400 Bad Request"
);
rule!(
    chunk_extension_too_long,
    &[
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;".as_slice(),
        &[b'a'; 20_000],
        b"\r\nhello\r\n0\r\n\r\n",
    ]
    .concat(),
    "413 Payload Too Large"
);
rule!(
    obs_fold,
    b"GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n",
    "400 Bad Request"
);
rule!(
    bare_lf_in_head,
    b"GET / HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n",
    "400 Bad Request"
);
rule!(
    bare_cr_in_head,
    b"GET / HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n",
    "400 Bad Request"
);
rule!(
    nul_in_header_value,
    b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n",
    "400 Bad Request"
);
rule!(
    control_character_in_header_value,
    b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n",
    "400 Bad Request"
);
rule!(
    whitespace_before_colon,
    b"GET / HTTP/1.1\r\nHost : x\r\n\r\n",
    "400 Bad Request"
);
rule!(
    missing_host_on_http11,
    b"GET / HTTP/1.1\r\nX-A: 1\r\n\r\n",
    "400 Bad Request"
);
rule!(
    duplicate_host,
    b"GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
    "400 Bad Request"
);
rule!(
    invalid_host,
    b"GET / HTTP/1.1\r\nHost: a b\r\n\r\n",
    "400 Bad Request"
);
rule!(
    invalid_method,
    b"G(T / HTTP/1.1\r\nHost: x\r\n\r\n",
    "400 Bad Request"
);
rule!(
    invalid_target,
    b"GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n",
    "400 Bad Request"
);
rule!(
    unsupported_version,
    b"GET / HTTP/2.0\r\nHost: x\r\n\r\n",
    "400 Bad Request"
);
rule!(
    malformed_version,
    b"GET / HTTX/1.1\r\nHost: x\r\n\r\n",
    "400 Bad Request"
);
rule!(
    head_larger_than_16_kib,
    &[
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: ".as_slice(),
        &[b'a'; 17 * 1024],
        b"\r\n\r\n",
    ]
    .concat(),
    "431 Request Header Fields Too Large"
);
rule!(
    more_than_2000_headers,
    &[
        b"GET / HTTP/1.1\r\nHost: x\r\n".as_slice(),
        &b"A: b\r\n".repeat(2001),
        b"\r\n",
    ]
    .concat(),
    "431 Request Header Fields Too Large"
);

/// Bytes after a `Connection: close` request are not a new request, but
/// that request still gets its response.
#[test]
fn nothing_after_a_connection_close_request_is_served() {
    let out = exchange(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
    assert_eq!(out.matches("HTTP/1.1 ").count(), 1, "{out}");
}
