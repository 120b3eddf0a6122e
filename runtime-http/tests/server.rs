//! The server engine over real sockets on 127.0.0.1: responses, keep-alive,
//! pipelining, chunked bodies, and bad requests answered and closed while
//! other connections keep being served.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::rc::Rc;

use common::connect;
use runtime_http::{Connection, Handler, Request};

mod common;

/// Echoes "METHOD TARGET body-length" for every request.
#[derive(Default)]
struct Echo {
    current: RefCell<Option<(String, String, usize)>>,
}

impl Handler for Echo {
    fn on_request(&self, _conn: &Rc<Connection>, request: Request) {
        *self.current.borrow_mut() = Some((
            request.method().to_string(),
            request.target().to_string(),
            0,
        ));
    }

    fn on_body(&self, _conn: &Rc<Connection>, data: Vec<u8>) {
        if let Some(cur) = self.current.borrow_mut().as_mut() {
            cur.2 += data.len();
        }
    }

    fn on_body_end(&self, conn: &Rc<Connection>) {
        let Some((method, target, len)) = self.current.borrow_mut().take() else {
            return;
        };
        let body = format!("{method} {target} {len}");
        if target == "/chunked" {
            conn.write_head(200, None, &[], None);
            conn.write_body(body.as_bytes());
        } else {
            conn.write_head(200, None, &[("X-Test", b"1")], Some(body.len() as u64));
            conn.write_body(body.as_bytes());
        }
        conn.end_response();
    }
}

fn start() -> SocketAddr {
    common::start(|| Rc::new(Echo::default()))
}

/// Reads until the peer closes.
fn read_all(mut s: TcpStream) -> String {
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads until `n` responses' bodies ("GET..." lines) have arrived.
fn read_until(s: &mut TcpStream, needle: &str, count: usize) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while String::from_utf8_lossy(&out).matches(needle).count() < count {
        let n = s.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn answers_with_length_date_and_keep_alive() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"GET /x?y HTTP/1.1\r\nHost: a\r\n\r\n")
        .unwrap();
    let resp = read_until(&mut s, "GET /x?y 0", 1);
    assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
    assert!(
        resp.contains("X-Test: 1\r\n") && resp.contains("Content-Length: 10\r\n"),
        "{resp}"
    );
    assert!(
        resp.contains("\r\nDate: ") && resp.contains("Connection: keep-alive"),
        "{resp}"
    );
    // The same connection serves another request.
    s.write_all(b"POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc")
        .unwrap();
    assert!(read_until(&mut s, "POST /b 3", 1).contains("POST /b 3"));
}

#[test]
fn pipelined_requests_are_answered_in_order() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_all(s);
    let (a, b, c) = (
        resp.find("GET /1 0"),
        resp.find("GET /2 0"),
        resp.find("GET /3 0"),
    );
    assert!(a < b && b < c && c.is_some(), "{resp}");
    assert!(resp.ends_with("GET /3 0"), "closed after the last: {resp}");
}

#[test]
fn chunked_request_and_response_bodies() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        .unwrap();
    let resp = read_until(&mut s, "0\r\n\r\n", 1);
    assert!(resp.contains("Transfer-Encoding: chunked\r\n"), "{resp}");
    assert!(
        resp.contains("\r\n\r\n10\r\nPOST /chunked 11\r\n0\r\n\r\n"),
        "{resp}"
    );
}

#[test]
fn bad_requests_get_their_status_and_close_while_others_are_served() {
    let addr = start();
    let mut good = connect(addr);
    for (req, status) in [
        (&b"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"[..], "400"),
        (b"GET / HTTP/1.1\r\n\r\n", "400"),
        (b"GET / HTTP/1.1\nHost: a\n\n", "400"),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n", "400"),
        (b"GET / HTTP/2.0\r\nHost: a\r\n\r\n", "400"),
    ] {
        let mut s = connect(addr);
        s.write_all(req).unwrap();
        let resp = read_all(s);
        assert!(resp.starts_with(&format!("HTTP/1.1 {status} ")), "{req:?} -> {resp}");
        assert!(resp.contains("Connection: close"), "{resp}");
    }
    let mut huge = connect(addr);
    let _ = huge.write_all(
        format!(
            "GET / HTTP/1.1\r\nHost: a\r\nX: {}\r\n\r\n",
            "a".repeat(20_000)
        )
        .as_bytes(),
    );
    assert!(read_all(huge).starts_with("HTTP/1.1 431 "));
    // A request after a Connection: close one is not processed.
    let mut s = connect(addr);
    s.write_all(b"GET /first HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /second HTTP/1.1\r\nHost: a\r\n\r\n")
        .unwrap();
    let resp = read_all(s);
    assert!(
        resp.contains("GET /first 0") && !resp.contains("/second"),
        "{resp}"
    );
    // The first connection is still served.
    good.write_all(b"GET /still HTTP/1.1\r\nHost: a\r\n\r\n")
        .unwrap();
    assert!(read_until(&mut good, "GET /still 0", 1).contains("GET /still 0"));
}

#[test]
fn http10_closes_unless_keep_alive_and_head_has_no_body() {
    let addr = start();
    let s = connect(addr);
    (&s).write_all(b"GET /old HTTP/1.0\r\n\r\n").unwrap();
    let resp = read_all(s);
    assert!(
        resp.contains("Connection: close") && resp.ends_with("GET /old 0"),
        "{resp}"
    );
    let mut s = connect(addr);
    s.write_all(b"HEAD /h HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_all(s);
    assert!(
        resp.contains("Content-Length: 9") && resp.ends_with("\r\n\r\n"),
        "{resp}"
    );
}
