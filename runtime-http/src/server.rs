//! A listening socket as a runtime-core `Source`, starting a
//! [`Connection`] for every client it accepts.

use std::io;
use std::net::{SocketAddr, TcpListener};
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;

use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId};

use crate::conn::Connection;
use crate::handler::Handler;
use crate::head::Limits;

/// An HTTP/1.1 server on one listening socket.
pub struct Server {
    listener: TcpListener,
    handler: Rc<dyn Handler>,
    limits: Limits,
}

// SAFETY: the listener is owned by the server and only closed when the
// server is dropped, which cannot happen while the loop holds it.
unsafe impl Source for Server {
    fn fd(&self) -> RawFd {
        self.listener.as_raw_fd()
    }

    fn on_ready(&self, lp: &EventLoop, _: Readiness) {
        loop {
            match self.listener.accept() {
                Ok((stream, peer)) => {
                    if let Err(err) =
                        Connection::start(lp, stream, self.handler.clone(), self.limits)
                    {
                        tracing::warn!(%err, %peer, "cannot start connection");
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    // EMFILE and friends: leave the rest in the backlog.
                    tracing::warn!(%err, "accept failed");
                    return;
                }
            }
        }
    }
}

impl Server {
    /// Binds `addr` and starts accepting on `event_loop`. Returns the
    /// server's source id and the bound address (for port 0).
    pub fn listen(
        event_loop: &EventLoop,
        addr: SocketAddr,
        handler: Rc<dyn Handler>,
        limits: Limits,
    ) -> io::Result<(SourceId, SocketAddr)> {
        let listener = TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let local = listener.local_addr()?;
        let server = Rc::new(Server {
            listener,
            handler,
            limits,
        });
        let id = event_loop.register(server, Interest::READABLE)?;
        Ok((id, local))
    }
}
