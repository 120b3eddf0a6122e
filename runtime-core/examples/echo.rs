//! A TCP echo server on runtime-core alone (no JavaScript): each connection
//! is a `Source`, and an idle connection is closed after a timeout.
//!
//! Run: `cargo run -p runtime-core --example echo -- [PORT] [IDLE_MS]`, then
//! `nc 127.0.0.1 PORT`.

use std::cell::{Cell, RefCell};
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;

use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId, TimerId};

struct Listener {
    socket: TcpListener,
    idle_ms: f64,
}

// SAFETY: `socket` is owned by the listener and only closed when it is
// dropped, which cannot happen while the loop holds it.
unsafe impl Source for Listener {
    fn fd(&self) -> RawFd {
        self.socket.as_raw_fd()
    }

    fn on_ready(&self, lp: &EventLoop, _: Readiness) {
        loop {
            match self.socket.accept() {
                Ok((stream, peer)) => {
                    if let Err(err) = Connection::start(lp, stream, self.idle_ms) {
                        eprintln!("cannot serve {peer}: {err}");
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) => {
                    eprintln!("accept failed: {e}");
                    return;
                }
            }
        }
    }
}

struct Connection {
    stream: TcpStream,
    id: Cell<Option<SourceId>>,
    idle: Cell<Option<TimerId>>,
    pending: RefCell<Vec<u8>>,
}

impl Connection {
    fn start(lp: &EventLoop, stream: TcpStream, idle_ms: f64) -> io::Result<()> {
        stream.set_nonblocking(true)?;
        let conn = Rc::new(Connection {
            stream,
            id: Cell::new(None),
            idle: Cell::new(None),
            pending: RefCell::new(Vec::new()),
        });
        let id = lp.register(conn.clone(), Interest::READABLE)?;
        conn.id.set(Some(id));
        let weak = Rc::downgrade(&conn);
        let timer = lp.set_timer(idle_ms, false, move |lp, _| {
            if let Some(conn) = weak.upgrade() {
                let _ = (&conn.stream).write_all(b"idle timeout, bye\n");
                conn.close(lp);
            }
        });
        conn.idle.set(Some(timer));
        Ok(())
    }

    fn close(&self, lp: &EventLoop) {
        if let Some(timer) = self.idle.take() {
            lp.clear_timer(timer);
        }
        if let Some(id) = self.id.take() {
            lp.deregister(id);
        }
    }

    fn flush(&self, lp: &EventLoop) -> io::Result<()> {
        let mut pending = self.pending.borrow_mut();
        while !pending.is_empty() {
            match (&self.stream).write(&pending) {
                Ok(n) => {
                    pending.drain(..n);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => return Err(e),
            }
        }
        // Stop reading while output is backed up (backpressure).
        let interest = if pending.is_empty() {
            Interest::READABLE
        } else {
            Interest::WRITABLE
        };
        if let Some(id) = self.id.get() {
            lp.set_interest(id, interest)?;
        }
        Ok(())
    }
}

// SAFETY: `stream` is owned by the connection and only closed when it is
// dropped, which cannot happen while the loop holds it.
unsafe impl Source for Connection {
    fn fd(&self) -> RawFd {
        self.stream.as_raw_fd()
    }

    fn on_ready(&self, lp: &EventLoop, readiness: Readiness) {
        if let Some(timer) = self.idle.get() {
            lp.refresh_timer(timer);
        }
        if readiness.readable {
            let mut buf = [0u8; 16 * 1024];
            match (&self.stream).read(&mut buf) {
                Ok(0) => return self.close(lp),
                Ok(n) => self.pending.borrow_mut().extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return self.close(lp),
            }
        }
        if self.flush(lp).is_err() {
            self.close(lp);
        }
    }
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|a| a.parse().ok()).unwrap_or(7000);
    let idle_ms: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000.0);
    let socket = TcpListener::bind(("127.0.0.1", port))?;
    socket.set_nonblocking(true)?;
    println!("echo server on {}", socket.local_addr()?);
    let lp = EventLoop::new()?;
    lp.register(Rc::new(Listener { socket, idle_ms }), Interest::READABLE)?;
    lp.run()
}
