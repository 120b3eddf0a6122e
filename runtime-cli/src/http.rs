//! Binding: HTTP servers on runtime-http for `lib/internal/http/*`. Each
//! request reaches JS as one `onRequest` call (method, url, flat raw
//! headers, whether the request is already complete); body pieces, the
//! body's end and the connection's close follow as their own calls. A
//! rejected request asks `onClientError` whether JS takes the connection. Responses go back by connection id: `writeHead`,
//! `write`, `end`, or `respond` for all three at once.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::net::{SocketAddr, ToSocketAddrs};
use std::rc::{Rc, Weak};

use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use runtime_core::SourceId;
use runtime_http::{BodyKind, Connection, Handler, HttpError, Limits, Request, Server, Timeouts};

use crate::errno::system_error;
use crate::host::{upgrade, Host};

/// The JS functions requests are delivered to.
struct Callbacks {
    on_request: Persistent<Function<'static>>,
    on_client_error: Persistent<Function<'static>>,
    on_body: Persistent<Function<'static>>,
    on_body_end: Persistent<Function<'static>>,
    on_close: Persistent<Function<'static>>,
    on_drain: Persistent<Function<'static>>,
}

#[derive(Default)]
struct Shared {
    callbacks: RefCell<Option<Rc<Callbacks>>>,
    connections: RefCell<HashMap<u64, Rc<Connection>>>,
    servers: RefCell<HashMap<u32, SourceId>>,
    /// Each listening server's timeouts, which JS may change while it runs.
    timeouts: RefCell<HashMap<u32, Rc<Cell<Timeouts>>>>,
    next_conn: Cell<u64>,
    next_server: Cell<u32>,
}

struct JsHandler {
    host: Weak<Host>,
    shared: Rc<Shared>,
    server_id: u32,
    /// Set by `on_request` for a bodyless request, whose `on_body_end`
    /// comes right after it and is then dropped.
    skip_body_end: Cell<bool>,
    timeouts: Rc<Cell<Timeouts>>,
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

impl JsHandler {
    /// Gives a connection its id on first sight; returns the peer's
    /// address then (JS needs it only when it first meets a connection).
    fn adopt(&self, conn: &Rc<Connection>) -> Option<std::net::SocketAddr> {
        if conn.tag.get() != 0 {
            return None;
        }
        let id = self.shared.next_conn.get() + 1;
        self.shared.next_conn.set(id);
        conn.tag.set(id);
        self.shared
            .connections
            .borrow_mut()
            .insert(id, conn.clone());
        conn.peer_addr()
    }
}

impl Handler for JsHandler {
    /// Asks JS at once whether a `clientError` listener takes the
    /// connection; from inside a JS call (which cannot be re-entered) the
    /// engine's default answer stands.
    fn on_client_error(&self, conn: &Rc<Connection>, err: HttpError) -> bool {
        let Some(host) = self.host.upgrade() else {
            return false;
        };
        if host.in_js() {
            return false;
        }
        let Some(cbs) = self.shared.callbacks.borrow().clone() else {
            return false;
        };
        let peer = self.adopt(conn);
        let conn_id = conn.tag.get() as f64;
        let server_id = self.server_id;
        let taken = Rc::new(Cell::new(false));
        let out = taken.clone();
        host.macrotask(move |ctx, _| {
            let f = cbs.on_client_error.clone().restore(ctx)?;
            let mut args = rquickjs::function::Args::new(ctx.clone(), 6);
            args.push_arg(server_id)?;
            args.push_arg(conn_id)?;
            args.push_arg(err.code())?;
            args.push_arg(err.to_string())?;
            args.push_arg(peer.map(|p| p.ip().to_string()))?;
            args.push_arg(peer.map(|p| p.port()))?;
            out.set(f.call_arg::<bool>(args)?);
            Ok(())
        });
        taken.get()
    }

    fn on_request(&self, conn: &Rc<Connection>, request: Request) {
        let peer = self.adopt(conn);
        let conn_id = conn.tag.get() as f64;
        let server_id = self.server_id;
        // A bodyless request is complete on arrival: JS learns it here,
        // and the on_body_end that follows is not delivered.
        let complete = matches!(request.head.body, BodyKind::None) || is_upgrade(&request);
        self.skip_body_end.set(complete);
        self.call(move |ctx, cbs| {
            let raw = Array::new(ctx.clone())?;
            let mut i = 0;
            for (name, value) in request.headers() {
                raw.set(i, name)?;
                raw.set(i + 1, String::from_utf8_lossy(value).as_ref())?;
                i += 2;
            }
            let f = cbs.on_request.clone().restore(ctx)?;
            let mut args = rquickjs::function::Args::new(ctx.clone(), 9);
            args.push_arg(server_id)?;
            args.push_arg(conn_id)?;
            args.push_arg(request.method())?;
            args.push_arg(request.target())?;
            args.push_arg(request.head.minor_version)?;
            args.push_arg(raw)?;
            args.push_arg(request_flags(&request, complete))?;
            args.push_arg(peer.map(|p| p.ip().to_string()))?;
            args.push_arg(peer.map(|p| p.port()))?;
            f.call_arg::<()>(args)
        });
    }

    fn on_body(&self, conn: &Rc<Connection>, data: &[u8]) {
        let conn_id = conn.tag.get() as f64;
        let data = data.to_vec();
        self.call(move |ctx, cbs| {
            let f = cbs.on_body.clone().restore(ctx)?;
            f.call::<_, ()>((conn_id, TypedArray::<u8>::new(ctx.clone(), data)?))
        });
    }

    /// Raw bytes of an upgraded connection take the body's path; JS knows
    /// which its socket is.
    fn on_data(&self, conn: &Rc<Connection>, data: &[u8]) {
        self.on_body(conn, data);
    }

    fn on_drain(&self, conn: &Rc<Connection>) {
        let conn_id = conn.tag.get() as f64;
        self.call(move |ctx, cbs| {
            let f = cbs.on_drain.clone().restore(ctx)?;
            f.call::<_, ()>((conn_id,))
        });
    }

    fn on_body_end(&self, conn: &Rc<Connection>) {
        if self.skip_body_end.replace(false) {
            return;
        }
        let conn_id = conn.tag.get() as f64;
        self.call(move |ctx, cbs| {
            let f = cbs.on_body_end.clone().restore(ctx)?;
            f.call::<_, ()>((conn_id,))
        });
    }

    fn timeouts(&self) -> Timeouts {
        self.timeouts.get()
    }

    fn on_close(&self, conn: &Rc<Connection>) {
        let id = conn.tag.get();
        if id == 0 {
            return;
        }
        self.shared.connections.borrow_mut().remove(&id);
        self.call(move |ctx, cbs| {
            let f = cbs.on_close.clone().restore(ctx)?;
            f.call::<_, ()>((id as f64,))
        });
    }
}

/// `onRequest`'s flags: bit 0 keep-alive, bit 1 complete (no body follows),
/// bit 2 an `Expect` header was sent, bit 3 an Upgrade or CONNECT request
/// (its connection waits for JS to upgrade it or answer it).
fn request_flags(request: &Request, complete: bool) -> u32 {
    u32::from(request.head.keep_alive)
        | u32::from(complete) << 1
        | u32::from(request.head.has_expect) << 2
        | u32::from(is_upgrade(request)) << 3
}

/// Whether the engine holds the bytes after this head for an upgrade
/// (it treats such requests as bodyless).
fn is_upgrade(request: &Request) -> bool {
    request.head.upgrade || request.method() == "CONNECT"
}

/// Flat [name, value, ...] strings into header pairs.
fn header_pairs(raw: &[String]) -> Vec<(&str, &[u8])> {
    raw.chunks_exact(2)
        .map(|p| (p[0].as_str(), p[1].as_bytes()))
        .collect()
}

/// The bytes of a string (UTF-8) or Uint8Array chunk.
fn chunk_bytes(v: &Value<'_>) -> Result<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return Ok(s.to_string()?.into_bytes());
    }
    if v.is_undefined() || v.is_null() {
        return Ok(Vec::new());
    }
    let array = TypedArray::<u8>::from_value(v.clone())?;
    // SAFETY: copied out before any JavaScript runs.
    Ok(unsafe { array.as_bytes() }
        .map(<[u8]>::to_vec)
        .unwrap_or_default())
}

fn resolve(host: &str, port: u16) -> std::io::Result<SocketAddr> {
    let host = if host.is_empty() { "::" } else { host };
    let literal = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    literal
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| std::io::Error::from_raw_os_error(libc::EADDRNOTAVAIL))
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let h = Object::new(ctx.clone())?;
    let shared = Rc::new(Shared::default());
    let held = shared.clone();
    upgrade(host)?.cleanups.borrow_mut().push(Box::new(move || {
        held.callbacks.borrow_mut().take();
        held.connections.borrow_mut().clear();
    }));

    let s = shared.clone();
    h.set(
        "setCallbacks",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, cbs: Object<'js>| -> Result<()> {
                let get = |name: &str| -> Result<Persistent<Function<'static>>> {
                    let f: Function = cbs.get(name)?;
                    Ok(Persistent::save(&ctx, f))
                };
                *s.callbacks.borrow_mut() = Some(Rc::new(Callbacks {
                    on_request: get("onRequest")?,
                    on_client_error: get("onClientError")?,
                    on_body: get("onBody")?,
                    on_body_end: get("onBodyEnd")?,
                    on_close: get("onClose")?,
                    on_drain: get("onDrain")?,
                }));
                Ok(())
            },
        )?,
    )?;

    let (hw, s) = (host.clone(), shared.clone());
    h.set(
        "listen",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>,
                  host_name: String,
                  port: u16,
                  _backlog: Option<i32>|
                  -> Result<Value<'js>> {
                let host = upgrade(&hw)?;
                let fail = |e: std::io::Error| -> rquickjs::Error {
                    let shown = if host_name.is_empty() {
                        "::".to_string()
                    } else {
                        host_name.clone()
                    };
                    match system_error(&ctx, &e, "listen", None, None) {
                        Ok(err) => {
                            if let Some(obj) = err.as_object() {
                                let (code, text) =
                                    crate::errno::describe(e.raw_os_error().unwrap_or(libc::EIO));
                                let _ = obj.set(
                                    "message",
                                    format!("listen {code}: {text} {shown}:{port}"),
                                );
                                let _ = obj.set("address", shown.as_str());
                                let _ = obj.set("port", port);
                            }
                            ctx.throw(err)
                        }
                        Err(e) => e,
                    }
                };
                let addr = resolve(&host_name, port).map_err(fail)?;
                s.next_server.set(s.next_server.get() + 1);
                let server_id = s.next_server.get();
                let timeouts = Rc::new(Cell::new(Timeouts::default()));
                let handler = Rc::new(JsHandler {
                    host: hw.clone(),
                    shared: s.clone(),
                    server_id,
                    skip_body_end: Cell::new(false),
                    timeouts: timeouts.clone(),
                });
                let (sid, local) =
                    Server::listen(&host.event_loop, addr, handler, Limits::default())
                        .map_err(fail)?;
                s.servers.borrow_mut().insert(server_id, sid);
                s.timeouts.borrow_mut().insert(server_id, timeouts);
                let out = Array::new(ctx.clone())?;
                out.set(0, server_id)?;
                out.set(1, local.ip().to_string())?;
                out.set(2, local.port())?;
                out.set(3, if local.is_ipv4() { "IPv4" } else { "IPv6" })?;
                Ok(out.into_value())
            },
        )?,
    )?;

    let (hw, s) = (host.clone(), shared.clone());
    h.set(
        "close",
        Function::new(ctx.clone(), move |server_id: u32| -> Result<()> {
            if let Some(sid) = s.servers.borrow_mut().remove(&server_id) {
                upgrade(&hw)?.event_loop.deregister(sid);
            }
            s.timeouts.borrow_mut().remove(&server_id);
            Ok(())
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "setTimeouts",
        Function::new(
            ctx.clone(),
            move |server_id: u32, keep_alive: f64, headers: f64, request: f64| {
                // Milliseconds from JS; anything not a positive number is 0
                // (disabled).
                let ms = |v: f64| {
                    if v.is_finite() && v > 0.0 {
                        v as u64
                    } else {
                        0
                    }
                };
                if let Some(t) = s.timeouts.borrow().get(&server_id) {
                    t.set(Timeouts {
                        keep_alive_ms: ms(keep_alive),
                        headers_ms: ms(headers),
                        request_ms: ms(request),
                    });
                }
            },
        )?,
    )?;
    let (hw, s) = (host.clone(), shared.clone());
    h.set(
        "setServerRef",
        Function::new(
            ctx.clone(),
            move |server_id: u32, refed: bool| -> Result<()> {
                if let Some(sid) = s.servers.borrow().get(&server_id) {
                    upgrade(&hw)?.event_loop.set_source_ref(*sid, refed);
                }
                Ok(())
            },
        )?,
    )?;

    let conn = |s: &Rc<Shared>, id: f64| s.connections.borrow().get(&(id as u64)).cloned();
    let s = shared.clone();
    h.set(
        "writeHead",
        Function::new(
            ctx.clone(),
            move |id: f64, status: u16, message: Option<String>, raw: Vec<String>, length: f64| {
                if let Some(c) = conn(&s, id) {
                    let length = (length >= 0.0).then_some(length as u64);
                    c.write_head(status, message.as_deref(), &header_pairs(&raw), length);
                }
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "flush",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.flush();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "write",
        Function::new(
            ctx.clone(),
            move |id: f64, chunk: Value<'js>| -> Result<f64> {
                let Some(c) = conn(&s, id) else {
                    return Ok(0.0);
                };
                c.write_body(&chunk_bytes(&chunk)?);
                Ok(c.pending_output() as f64)
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "end",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.end_response();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "respond",
        Function::new(
            ctx.clone(),
            move |id: f64,
                  status: u16,
                  message: Option<String>,
                  raw: Vec<String>,
                  body: Value<'js>|
                  -> Result<()> {
                if let Some(c) = conn(&s, id) {
                    let bytes = chunk_bytes(&body)?;
                    c.write_head(
                        status,
                        message.as_deref(),
                        &header_pairs(&raw),
                        Some(bytes.len() as u64),
                    );
                    c.write_body(&bytes);
                    c.end_response();
                }
                Ok(())
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "shutdown",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.shutdown();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "notifyDrain",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.notify_drain();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "pause",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.pause_reading();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "resume",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.resume_reading();
            }
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "upgrade",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, id: f64| -> Result<Value<'js>> {
                let head = conn(&s, id).map(|c| c.upgrade()).unwrap_or_default();
                Ok(TypedArray::<u8>::new(ctx, head)?.into_value())
            },
        )?,
    )?;
    let s = shared;
    h.set(
        "destroy",
        Function::new(ctx.clone(), move |id: f64| {
            if let Some(c) = conn(&s, id) {
                c.close();
            }
        })?,
    )?;
    binding.set("http", h)?;
    Ok(())
}
