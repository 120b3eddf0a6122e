//! Connection timeouts over real sockets: an idle keep-alive connection
//! closes, a head or body that stops arriving gets 408 and a close, and a
//! connection that has sent nothing is left alone (as in Node).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::rc::Rc;
use std::time::Duration;

use common::connect;
use runtime_http::{Connection, Handler, Request, Timeouts};

mod common;

/// Answers "ok" once a request's body has arrived, under short timeouts.
struct Quick;

impl Handler for Quick {
    fn on_request(&self, _conn: &Rc<Connection>, _request: Request) {}

    fn on_body_end(&self, conn: &Rc<Connection>) {
        conn.write_head(200, None, &[], Some(2));
        conn.write_body(b"ok");
        conn.end_response();
    }

    fn timeouts(&self) -> Timeouts {
        Timeouts {
            keep_alive_ms: 150,
            headers_ms: 150,
            request_ms: 150,
        }
    }
}

fn start() -> SocketAddr {
    common::start(|| Rc::new(Quick))
}

/// Everything until the server closes; panics if it never does.
fn read_to_close(mut s: TcpStream) -> String {
    let mut out = Vec::new();
    s.read_to_end(&mut out)
        .expect("the server closes the connection");
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn an_idle_keep_alive_connection_is_closed_after_its_response() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 200 OK\r\n"), "{all}");
    assert!(all.contains("Connection: keep-alive\r\n"), "{all}");
    assert!(
        all.ends_with("\r\n\r\nok"),
        "nothing follows the response: {all}"
    );
}

#[test]
fn a_head_that_stops_arriving_gets_408_and_a_close() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{all}");
    assert!(all.contains("Connection: close\r\n"), "{all}");
}

#[test]
fn a_body_that_stops_arriving_gets_408_and_a_close() {
    let addr = start();
    let mut s = connect(addr);
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        .unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{all}");
}

#[test]
fn the_head_timeout_starts_with_the_first_byte_not_the_connection() {
    let addr = start();
    let mut s = connect(addr);
    // Longer than every timeout, before sending anything.
    std::thread::sleep(Duration::from_millis(400));
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let all = read_to_close(s);
    assert!(all.starts_with("HTTP/1.1 200 OK\r\n"), "{all}");
}

#[test]
fn a_request_after_a_pause_shorter_than_the_timeout_is_served() {
    let addr = start();
    let mut s = connect(addr);
    let mut buf = [0u8; 512];
    for _ in 0..3 {
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let n = s.read(&mut buf).expect("response");
        assert!(buf[..n].ends_with(b"ok"));
        std::thread::sleep(Duration::from_millis(20));
    }
}
