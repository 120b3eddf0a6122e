//! What a connection hands the application: [`Request`]s and the
//! [`Handler`] callbacks through which it learns of bodies, raw bytes of
//! upgraded connections, drained output and closes.

use std::rc::Rc;

use bytes::Bytes;

use crate::conn::Connection;
use crate::head::RequestHead;
use crate::timeouts::Timeouts;
use crate::HttpError;

/// A request head and the bytes its ranges index into.
#[derive(Debug, Clone)]
pub struct Request {
    pub head: RequestHead,
    pub raw: Bytes,
}

impl Request {
    fn text(&self, r: &std::ops::Range<usize>) -> &str {
        std::str::from_utf8(&self.raw[r.clone()]).unwrap_or("")
    }

    /// The method, e.g. `GET`.
    pub fn method(&self) -> &str {
        self.text(&self.head.method)
    }

    /// The request target, e.g. `/a?b`.
    pub fn target(&self) -> &str {
        self.text(&self.head.target)
    }

    /// Header (name, value) pairs as sent.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.head
            .headers
            .iter()
            .map(|(n, v)| (self.text(n), &self.raw[v.clone()]))
    }
}

/// What the application does with requests. Calls come on the loop thread,
/// with no internal borrow held: a handler may respond right away.
pub trait Handler {
    /// A request head arrived; its body follows in `on_body` calls. After
    /// an Upgrade or CONNECT head (`head.upgrade`, or the method), the
    /// bytes that follow wait until the application calls
    /// [`Connection::upgrade`] or [`Connection::release`] (then they are
    /// read as this request's body and the next request).
    fn on_request(&self, conn: &Rc<Connection>, request: Request);
    /// A piece of the current request's body (owned: a large body's
    /// pieces reach the application without another copy).
    fn on_body(&self, _conn: &Rc<Connection>, _data: Vec<u8>) {}
    /// Bytes from the peer of an upgraded connection
    /// ([`Connection::upgrade`]).
    fn on_data(&self, _conn: &Rc<Connection>, _data: Vec<u8>) {}
    /// The peer of an upgraded connection ended its side; the connection
    /// stays open for writing until the application shuts it down (by
    /// default, at once).
    fn on_peer_end(&self, conn: &Rc<Connection>) {
        conn.shutdown();
    }
    /// The output the application waited for has drained
    /// ([`Connection::notify_drain`]).
    fn on_drain(&self, _conn: &Rc<Connection>) {}
    /// The current request's chunked body ended with trailer fields
    /// (name, value pairs as sent); `on_body_end` follows.
    fn on_trailers(&self, _conn: &Rc<Connection>, _fields: Vec<(String, Vec<u8>)>) {}
    /// The current request's body ended (immediately for bodyless ones).
    fn on_body_end(&self, _conn: &Rc<Connection>) {}
    /// The connection closed (after a response, an error or the peer).
    fn on_close(&self, _conn: &Rc<Connection>) {}
    /// A request is rejected (`err.status()` is the answer due). Return
    /// true to take the connection over, as Node's `clientError` listeners
    /// do: nothing is sent, and the application writes its own answer
    /// (`write_body` sends raw bytes then) and closes. By default the
    /// engine answers and closes.
    /// `raw` is what had been received of the bad request.
    fn on_client_error(&self, _conn: &Rc<Connection>, _err: HttpError, _raw: &[u8]) -> bool {
        false
    }
    /// How many requests a connection may carry (0: no limit). The last
    /// allowed one is answered with `Connection: close`; one past it is
    /// dropped (see [`on_dropped`](Self::on_dropped)). Asked per request.
    fn max_requests(&self) -> u32 {
        0
    }
    /// A request past [`max_requests`](Self::max_requests) arrived; the
    /// engine answers it with 503 and closes.
    fn on_dropped(&self, _conn: &Rc<Connection>, _request: Request) {}
    /// The connection was idle for its [`Connection::set_timeout`] time.
    /// By default it is closed.
    fn on_timeout(&self, conn: &Rc<Connection>) {
        conn.close();
    }
    /// The timeouts to apply, asked each time one starts (so they may
    /// change while the server runs).
    fn timeouts(&self) -> Timeouts {
        Timeouts::default()
    }
}
