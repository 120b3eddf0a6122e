//! What the engine's socket tests share: a server on its own thread and a
//! client connection with a read timeout.

use std::net::{SocketAddr, TcpStream};
use std::rc::Rc;
use std::time::Duration;

use runtime_core::EventLoop;
use runtime_http::{Handler, Limits, Server};

/// Runs a server with the handler `make` builds on its own thread (its loop
/// is single-threaded, and the handler lives there) and returns its address.
pub fn start(make: fn() -> Rc<dyn Handler>) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let lp = EventLoop::new().expect("loop");
        let (_, addr) = Server::listen(&lp, ([127, 0, 0, 1], 0).into(), make(), Limits::default())
            .expect("listen");
        tx.send(addr).expect("send addr");
        lp.run().expect("run");
    });
    rx.recv().expect("addr")
}

/// A client connection whose reads give up after 10 s.
pub fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s
}
