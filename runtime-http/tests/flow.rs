//! Flow control and upgrades over real sockets: an application that pauses
//! reading holds the client back (and loses nothing), one that waits for
//! its output to drain hears when it has, and an Upgrade or CONNECT request
//! can turn its connection into a raw byte pipe.

use std::cell::{Cell, RefCell};
use std::io::{Read, Write};
use std::rc::Rc;

use common::connect;
use runtime_http::{Connection, Handler, Request};

mod common;

/// Upgrades every Upgrade/CONNECT request and echoes raw bytes back in
/// upper case; `quit` from the peer makes it close its side.
struct Upgrader;

impl Handler for Upgrader {
    fn on_request(&self, conn: &Rc<Connection>, request: Request) {
        if !request.head.upgrade && request.method() != "CONNECT" {
            conn.write_head(200, None, &[], Some(5));
            conn.write_body(b"plain");
            conn.end_response();
            return;
        }
        let head = conn.upgrade();
        conn.write_body(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\n\r\n");
        self.on_data(conn, head);
    }

    fn on_data(&self, conn: &Rc<Connection>, data: Vec<u8>) {
        if data.starts_with(b"quit") {
            conn.shutdown();
            return;
        }
        conn.write_body(&data.to_ascii_uppercase());
    }
}

#[test]
fn an_upgraded_connection_carries_raw_bytes_both_ways() {
    let addr = common::start(|| Rc::new(Upgrader));
    let mut s = connect(addr);
    // A plain request first: the connection is HTTP until an upgrade.
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).expect("read");
    assert!(String::from_utf8_lossy(&buf[..n]).ends_with("plain"));

    // Bytes right behind the head belong to the new protocol.
    s.write_all(
        b"GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nfirst ",
    )
    .expect("write");
    let mut got = Vec::new();
    while !got.ends_with(b"FIRST ") {
        let n = s.read(&mut buf).expect("read");
        assert!(n > 0, "closed early: {:?}", String::from_utf8_lossy(&got));
        got.extend_from_slice(&buf[..n]);
    }
    assert!(got.starts_with(b"HTTP/1.1 101 Switching Protocols\r\n"));
    // Not HTTP any more: this is echoed, not parsed as a request.
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").expect("write");
    let mut got = Vec::new();
    while got.len() < 18 {
        let n = s.read(&mut buf).expect("read");
        assert!(n > 0);
        got.extend_from_slice(&buf[..n]);
    }
    assert_eq!(got, b"GET / HTTP/1.1\r\n\r\n");
    s.write_all(b"quit").expect("write");
    let mut rest = Vec::new();
    s.read_to_end(&mut rest).expect("closed");
    assert!(rest.is_empty());
}

#[test]
fn connect_requests_can_be_tunnelled() {
    let addr = common::start(|| Rc::new(Upgrader));
    let mut s = connect(addr);
    s.write_all(b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhello")
        .expect("write");
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while !got.ends_with(b"HELLO") {
        let n = s.read(&mut buf).expect("read");
        assert!(n > 0);
        got.extend_from_slice(&buf[..n]);
    }
    assert!(got.starts_with(b"HTTP/1.1 101"));
}

/// Counts body bytes while not paused; `/pause` requests pause at once and
/// resume when `/resume` arrives on another connection.
#[derive(Default)]
struct Pauser {
    paused: RefCell<Option<Rc<Connection>>>,
    received: Cell<usize>,
}

thread_local! {
    static PAUSER: Rc<Pauser> = Rc::new(Pauser::default());
}

struct PauserHandle;

impl Handler for PauserHandle {
    fn on_request(&self, conn: &Rc<Connection>, request: Request) {
        PAUSER.with(|p| {
            if request.target() == "/pause" {
                // Marks the connection whose body end is answered.
                conn.tag.set(1);
                conn.pause_reading();
                *p.paused.borrow_mut() = Some(conn.clone());
                // The paused request is held: the other connection learns
                // how much arrived before resuming it.
            } else if request.target() == "/resume" {
                let seen = p.received.get().to_string();
                conn.write_head(200, None, &[], Some(seen.len() as u64));
                conn.write_body(seen.as_bytes());
                conn.end_response();
                if let Some(held) = p.paused.borrow_mut().take() {
                    held.resume_reading();
                }
            }
        });
    }

    fn on_body(&self, _conn: &Rc<Connection>, data: Vec<u8>) {
        PAUSER.with(|p| p.received.set(p.received.get() + data.len()));
    }

    fn on_body_end(&self, conn: &Rc<Connection>) {
        PAUSER.with(|p| {
            if conn.tag.get() == 1 {
                let total = p.received.get().to_string();
                conn.write_head(200, None, &[], Some(total.len() as u64));
                conn.write_body(total.as_bytes());
                conn.end_response();
            }
        });
    }
}

#[test]
fn a_paused_body_holds_the_client_back_and_arrives_whole_on_resume() {
    const LEN: usize = 16 * 1024 * 1024;
    let addr = common::start(|| Rc::new(PauserHandle));
    let mut s = connect(addr);
    s.write_all(
        format!("POST /pause HTTP/1.1\r\nHost: x\r\nContent-Length: {LEN}\r\n\r\n").as_bytes(),
    )
    .expect("write head");
    // The writer runs until TCP flow control stops it (paused server).
    let mut writer = s.try_clone().expect("clone");
    let (first_sent, sent_rx) = std::sync::mpsc::channel();
    let sender = std::thread::spawn(move || {
        let chunk = vec![b'x'; 64 * 1024];
        let mut sent = 0;
        while sent < LEN {
            writer.write_all(&chunk).expect("body write");
            sent += chunk.len();
            let _ = first_sent.send(());
        }
    });
    // Paused on its head, the request has had no body delivered, however
    // much of it the socket holds.
    sent_rx.recv().expect("first chunk sent");
    let mut probe = connect(addr);
    probe
        .write_all(b"GET /resume HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("probe");
    let mut buf = [0u8; 4096];
    let n = probe.read(&mut buf).expect("probe read");
    let text = String::from_utf8_lossy(&buf[..n]).into_owned();
    let seen: usize = text
        .rsplit("\r\n\r\n")
        .next()
        .and_then(|b| b.parse().ok())
        .expect("count");
    assert_eq!(seen, 0, "body delivered while paused");
    sender.join().expect("sender");
    let mut text = String::new();
    while !text.ends_with(&LEN.to_string()) {
        let n = s.read(&mut buf).expect("final read");
        assert!(n > 0, "closed early: {text}");
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
}

/// Writes 64 MiB at once (more than loopback socket buffers hold) to a
/// client that does not read yet, and reports when the output has drained.
struct Flood;

const FLOOD: usize = 64 * 1024 * 1024;

impl Handler for Flood {
    fn on_request(&self, conn: &Rc<Connection>, _request: Request) {
        let body = vec![b'y'; FLOOD];
        conn.write_head(200, None, &[], Some(body.len() as u64 + 7));
        conn.write_body(&body);
        assert!(
            conn.pending_output() > 0,
            "64 MiB cannot all fit the socket"
        );
        conn.notify_drain();
    }

    fn on_drain(&self, conn: &Rc<Connection>) {
        assert_eq!(conn.pending_output(), 0);
        conn.write_body(b"drained");
        conn.end_response();
    }
}

#[test]
fn the_application_hears_when_its_output_has_drained() {
    let addr = common::start(|| Rc::new(Flood));
    let mut s = connect(addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut all = Vec::new();
    let mut buf = vec![0u8; 1 << 16];
    while !all.ends_with(b"drained") {
        let n = s.read(&mut buf).expect("read");
        assert!(n > 0, "closed after {} bytes", all.len());
        all.extend_from_slice(&buf[..n]);
    }
    let head_end = all.windows(4).position(|w| w == b"\r\n\r\n").expect("head") + 4;
    assert_eq!(all.len() - head_end, FLOOD + 7);
}
