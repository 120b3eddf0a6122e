//! The HTTP binding's events: a runtime-http [`Handler`] that hands each
//! server's requests, body pieces, raw bytes, drains, timeouts and closes
//! to the JS callbacks `lib/internal/http/server.js` registered. Each
//! request is one `onRequest` call (method, url, flat raw headers, flags).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use rquickjs::{Ctx, Function, Object, Persistent, Result, TypedArray};
use runtime_core::SourceId;
use runtime_http::response::error_response;
use runtime_http::{BodyKind, Connection, Handler, HttpError, Request, Timeouts};

use crate::host::Host;

/// The JS functions requests are delivered to.
pub(crate) struct Callbacks {
    pub(crate) on_request: Persistent<Function<'static>>,
    pub(crate) on_client_error: Persistent<Function<'static>>,
    pub(crate) on_body: Persistent<Function<'static>>,
    pub(crate) on_body_end: Persistent<Function<'static>>,
    pub(crate) on_close: Persistent<Function<'static>>,
    pub(crate) on_drain: Persistent<Function<'static>>,
    pub(crate) on_timeout: Persistent<Function<'static>>,
    pub(crate) on_end: Persistent<Function<'static>>,
}

/// A listening server's settings, which JS may change while it runs.
#[derive(Default)]
pub(crate) struct Settings {
    pub(crate) timeouts: Cell<Timeouts>,
    /// `maxRequestsPerSocket` (0: no limit).
    pub(crate) max_requests: Cell<u32>,
}

/// Hashes a connection id as itself: ids are small distinct integers, and
/// every binding call looks one up.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A connection JS knows, with the JS socket object made for it (handed to
/// JS with each request, so JS need not look it up).
pub(crate) struct Known {
    pub(crate) conn: Rc<Connection>,
    pub(crate) socket: Option<Persistent<Object<'static>>>,
}

#[derive(Default)]
pub(crate) struct Shared {
    pub(crate) callbacks: RefCell<Option<Rc<Callbacks>>>,
    /// By connection id (a positive i32, so a plain integer in JS).
    pub(crate) connections: RefCell<HashMap<u64, Known, BuildHasherDefault<IdHasher>>>,
    pub(crate) servers: RefCell<HashMap<u32, SourceId>>,
    /// Each listening server's settings.
    pub(crate) settings: RefCell<HashMap<u32, Rc<Settings>>>,
    pub(crate) next_conn: Cell<u64>,
    /// The JS strings of the request methods seen so far (methods are
    /// checked against Node's list, so there are at most a few dozen): a
    /// request's method is one of these rather than a new string.
    pub(crate) methods: RefCell<Vec<(String, Persistent<rquickjs::String<'static>>)>>,
    pub(crate) next_server: Cell<u32>,
}

pub(crate) struct JsHandler {
    pub(crate) host: Weak<Host>,
    pub(crate) shared: Rc<Shared>,
    pub(crate) server_id: u32,
    /// Set by `on_request` for a bodyless request, whose `on_body_end`
    /// comes right after it and is then dropped.
    pub(crate) skip_body_end: Cell<bool>,
    /// The trailer fields of the body ending now, packed (see `pack`).
    pub(crate) trailers: RefCell<Option<String>>,
    pub(crate) settings: Rc<Settings>,
}

impl JsHandler {
    /// Delivers an event to JS: now, or, when it was raised from inside a
    /// JS call (a response ending a connection, a pipelined request), in
    /// the loop's next pending phase, as Node delivers socket events.
    fn call<F>(&self, f: F)
    where
        F: for<'js> FnOnce(&Ctx<'js>, &Callbacks) -> Result<()> + 'static,
    {
        let Some(host) = self.host.upgrade() else {
            return;
        };
        let Some(cbs) = self.shared.callbacks.borrow().clone() else {
            return;
        };
        if host.in_js() {
            let weak = self.host.clone();
            host.event_loop.defer(move |_| {
                if let Some(host) = weak.upgrade() {
                    host.macrotask(move |ctx, _| f(ctx, &cbs));
                }
            });
        } else {
            host.macrotask(move |ctx, _| f(ctx, &cbs));
        }
    }
}

impl Shared {
    /// The JS string of request method `method` (see [`Shared::methods`]).
    fn method_string<'js>(&self, ctx: &Ctx<'js>, method: &str) -> Result<rquickjs::String<'js>> {
        if let Some((_, s)) = self.methods.borrow().iter().find(|(m, _)| m == method) {
            return s.clone().restore(ctx);
        }
        let s = rquickjs::String::from_str(ctx.clone(), method)?;
        self.methods
            .borrow_mut()
            .push((method.to_string(), Persistent::save(ctx, s.clone())));
        Ok(s)
    }
}

/// A connection's id as JS sees it (see [`Shared::connections`]).
fn js_id(conn: &Connection) -> i32 {
    i32::try_from(conn.tag.get()).unwrap_or(0)
}

/// Header or trailer fields as one string for JS: names and values each
/// ended by NUL (which no valid field contains), values as Latin-1 (as
/// Node's). JS splits it only when the fields are read, and one string
/// costs less to make than an array of them.
fn pack<'a>(fields: impl Iterator<Item = (&'a str, &'a [u8])>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    for (name, value) in fields {
        out.push_str(name);
        out.push('\0');
        // (ASCII, the usual case, is copied whole; other bytes are Latin-1.)
        match std::str::from_utf8(value) {
            Ok(text) if text.is_ascii() => out.push_str(text),
            _ => out.extend(value.iter().map(|&b| char::from(b))),
        }
        out.push('\0');
    }
    out
}

impl JsHandler {
    /// Calls the callback `pick` chooses with just the connection's id.
    fn tell(&self, conn: &Rc<Connection>, pick: fn(&Callbacks) -> &Persistent<Function<'static>>) {
        let conn_id = js_id(conn);
        self.call(move |ctx, cbs| {
            let f = pick(cbs).clone().restore(ctx)?;
            f.call::<_, ()>((conn_id,))
        });
    }

    /// Gives a connection its id on first sight; returns the peer's
    /// address then (JS needs it only when it first meets a connection).
    fn adopt(&self, conn: &Rc<Connection>) -> Option<std::net::SocketAddr> {
        if conn.tag.get() != 0 {
            return None;
        }
        let mut known = self.shared.connections.borrow_mut();
        // Ids stay within i32 (JS keeps them as integers, not doubles),
        // wrapping past ones still in use.
        let mut id = self.shared.next_conn.get();
        loop {
            id = if id >= i32::MAX as u64 { 1 } else { id + 1 };
            if !known.contains_key(&id) {
                break;
            }
        }
        self.shared.next_conn.set(id);
        conn.tag.set(id);
        known.insert(
            id,
            Known {
                conn: conn.clone(),
                socket: None,
            },
        );
        conn.peer_addr()
    }

    /// Hands a request to JS's onRequest (`dropped`: one past
    /// maxRequestsPerSocket, already answered with 503).
    fn deliver(&self, conn: &Rc<Connection>, request: Request, dropped: bool) {
        let peer = self.adopt(conn);
        let conn_id = js_id(conn);
        let server_id = self.server_id;
        // A bodyless request is complete on arrival: JS learns it here,
        // and the on_body_end that follows is not delivered.
        let complete = matches!(request.head.body, BodyKind::None);
        self.skip_body_end.set(complete);
        // (Taken now: the connection may close before a deferred call runs.)
        let socket = self
            .shared
            .connections
            .borrow()
            .get(&conn.tag.get())
            .and_then(|k| k.socket.clone());
        let shared = self.shared.clone();
        self.call(move |ctx, cbs| {
            let raw = pack(request.headers(), request.raw.len());
            let f = cbs.on_request.clone().restore(ctx)?;
            // The server and the peer's address matter only to a connection
            // JS has not met (no socket yet): then they are passed too.
            let first = socket.is_none();
            let mut args = rquickjs::function::Args::new(ctx.clone(), if first { 10 } else { 7 });
            args.push_arg(conn_id)?;
            args.push_arg(socket.map(|s| s.restore(ctx)).transpose()?)?;
            args.push_arg(shared.method_string(ctx, request.method())?)?;
            args.push_arg(request.target())?;
            args.push_arg(request.head.minor_version)?;
            args.push_arg(raw)?;
            args.push_arg(request_flags(&request, complete) | u32::from(dropped) << 4)?;
            if first {
                args.push_arg(server_id)?;
                args.push_arg(peer.map(|p| p.ip().to_string()))?;
                args.push_arg(peer.map(|p| p.port()))?;
            }
            f.call_arg::<()>(args)
        });
    }
}

impl Handler for JsHandler {
    /// Asks JS whether a `clientError` listener takes the connection: at
    /// once, or, from inside a JS call (which cannot be re-entered), in the
    /// loop's next pending phase with the connection held meanwhile; when
    /// JS declines then, the engine's default answer goes out.
    fn on_client_error(&self, conn: &Rc<Connection>, err: HttpError, raw: &[u8]) -> bool {
        let Some(host) = self.host.upgrade() else {
            return false;
        };
        let Some(cbs) = self.shared.callbacks.borrow().clone() else {
            return false;
        };
        let peer = self.adopt(conn);
        let ask = ClientError {
            server_id: self.server_id,
            conn_id: js_id(conn),
            err,
            peer,
            raw: raw.to_vec(),
        };
        if !host.in_js() {
            return ask.put(&host, cbs);
        }
        let (weak, conn) = (self.host.clone(), conn.clone());
        host.event_loop.defer(move |_| {
            let taken = weak.upgrade().is_some_and(|host| ask.put(&host, cbs));
            if !taken {
                conn.write_body(&error_response(err.status()));
                conn.shutdown();
            }
        });
        true
    }

    fn on_request(&self, conn: &Rc<Connection>, request: Request) {
        self.deliver(conn, request, false);
    }

    fn on_body(&self, conn: &Rc<Connection>, data: Vec<u8>) {
        let conn_id = js_id(conn);
        self.call(move |ctx, cbs| {
            let f = cbs.on_body.clone().restore(ctx)?;
            f.call::<_, ()>((conn_id, TypedArray::<u8>::new(ctx.clone(), data)?))
        });
    }

    /// Raw bytes of an upgraded connection take the body's path; JS knows
    /// which its socket is.
    fn on_data(&self, conn: &Rc<Connection>, data: Vec<u8>) {
        self.on_body(conn, data);
    }

    fn on_drain(&self, conn: &Rc<Connection>) {
        self.tell(conn, |cbs| &cbs.on_drain);
    }

    fn on_trailers(&self, _conn: &Rc<Connection>, fields: Vec<(String, Vec<u8>)>) {
        let fields = fields.iter().map(|(n, v)| (n.as_str(), v.as_slice()));
        *self.trailers.borrow_mut() = Some(pack(fields, 64));
    }

    fn on_body_end(&self, conn: &Rc<Connection>) {
        if self.skip_body_end.replace(false) {
            return;
        }
        let Some(trailers) = self.trailers.borrow_mut().take() else {
            self.tell(conn, |cbs| &cbs.on_body_end);
            return;
        };
        let conn_id = js_id(conn);
        self.call(move |ctx, cbs| {
            let f = cbs.on_body_end.clone().restore(ctx)?;
            f.call::<_, ()>((conn_id, trailers))
        });
    }

    fn timeouts(&self) -> Timeouts {
        self.settings.timeouts.get()
    }

    fn max_requests(&self) -> u32 {
        self.settings.max_requests.get()
    }

    /// Delivered as a request flagged as dropped: JS emits 'dropRequest'.
    fn on_dropped(&self, conn: &Rc<Connection>, request: Request) {
        self.deliver(conn, request, true);
    }

    /// The peer of an upgraded connection ended its side (JS's raw socket
    /// ends its readable side and decides when to close).
    fn on_peer_end(&self, conn: &Rc<Connection>) {
        self.tell(conn, |cbs| &cbs.on_end);
    }

    fn on_timeout(&self, conn: &Rc<Connection>) {
        if conn.tag.get() == 0 {
            conn.close();
            return;
        }
        self.tell(conn, |cbs| &cbs.on_timeout);
    }

    fn on_close(&self, conn: &Rc<Connection>) {
        let id = conn.tag.get();
        if id == 0 {
            return;
        }
        let known = self.shared.connections.borrow_mut().remove(&id);
        let socket = known.and_then(|k| k.socket);
        // A reset is told apart (JS raises ECONNRESET on a raw socket).
        let reset = conn.error() == Some(std::io::ErrorKind::ConnectionReset);
        let id = js_id(conn);
        self.call(move |ctx, cbs| {
            let f = cbs.on_close.clone().restore(ctx)?;
            let socket = socket.map(|s| s.restore(ctx)).transpose()?;
            f.call::<_, ()>((id, reset, socket))
        });
    }
}

/// A rejected request, to be put to JS's onClientError.
struct ClientError {
    server_id: u32,
    conn_id: i32,
    err: HttpError,
    peer: Option<std::net::SocketAddr>,
    raw: Vec<u8>,
}

impl ClientError {
    /// Calls onClientError; true when a listener took the connection.
    fn put(self, host: &Host, cbs: Rc<Callbacks>) -> bool {
        let taken = Rc::new(Cell::new(false));
        let out = taken.clone();
        host.macrotask(move |ctx, _| {
            let f = cbs.on_client_error.clone().restore(ctx)?;
            let mut args = rquickjs::function::Args::new(ctx.clone(), 7);
            args.push_arg(self.server_id)?;
            args.push_arg(self.conn_id)?;
            args.push_arg(self.err.code())?;
            args.push_arg(self.err.to_string())?;
            args.push_arg(self.peer.map(|p| p.ip().to_string()))?;
            args.push_arg(self.peer.map(|p| p.port()))?;
            args.push_arg(TypedArray::<u8>::new(ctx.clone(), self.raw)?)?;
            out.set(f.call_arg::<bool>(args)?);
            Ok(())
        });
        taken.get()
    }
}

/// `onRequest`'s flags: bit 0 keep-alive, bit 1 complete (no body follows),
/// bit 2 an `Expect` header was sent, bit 3 an Upgrade or CONNECT request
/// (its connection waits for JS to upgrade it or answer it); bit 4 (set by
/// the caller) a dropped request; bit 5 a HEAD request (its response has no
/// body: a bit costs JS less than comparing the method).
fn request_flags(request: &Request, complete: bool) -> u32 {
    u32::from(request.head.keep_alive)
        | u32::from(complete) << 1
        | u32::from(request.head.has_expect) << 2
        | u32::from(is_upgrade(request)) << 3
        | u32::from(request.method() == "HEAD") << 5
}

/// Whether the engine holds the bytes after this head until JS upgrades or
/// releases the connection.
fn is_upgrade(request: &Request) -> bool {
    request.head.upgrade || request.method() == "CONNECT"
}
