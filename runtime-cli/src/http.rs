//! Binding: HTTP servers on runtime-http for `lib/internal/http/*`. What
//! the engine tells JS is in `http_events.rs`; here are the calls JS makes:
//! listen/close and settings, then per connection id `writeHead`, `write`
//! (returns the bytes still pending), `finish` (the last of the body and
//! the end, with a head fixed earlier unless it went), or `respond` for a
//! whole response at once (`respondPlain` takes the headers as JS keeps
//! them); `omitDate`;
//! flow control (`pause`, `resume`, `notifyDrain`), `setTimeout`,
//! `upgrade` (leave HTTP, get the bytes after the head) or `release` (an
//! Upgrade/CONNECT request served as a plain one), `shutdown`, `destroy`.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::net::{SocketAddr, ToSocketAddrs};
use std::rc::{Rc, Weak};

use rquickjs::{Array, CString, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use runtime_http::{Connection, Limits, Server, Timeouts};

use crate::errno::system_error;
use crate::host::{upgrade, Host};
use crate::http_events::{Callbacks, JsHandler, Settings, Shared};

/// What `finish`, `respond` and `respondPlain` return when the connection is
/// gone (destroyed or closed): nothing was sent, and no 'finish' is due.
const GONE: f64 = -2.0;

/// A binding call that only acts on a connection.
type ConnAction = fn(&Rc<Connection>);

/// A header value's bytes on the wire: Latin-1, as Node writes them (JS
/// has refused values with characters past U+00FF).
fn latin1(value: &str) -> Cow<'_, [u8]> {
    if value.is_ascii() {
        return Cow::Borrowed(value.as_bytes());
    }
    Cow::Owned(
        value
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect(),
    )
}

/// Runs `f` on flat [name, value, ...] strings as header pairs.
fn with_headers<S: AsRef<str>, R>(raw: &[S], f: impl FnOnce(&[(&str, &[u8])]) -> R) -> R {
    let values: Vec<Cow<'_, [u8]>> = raw
        .iter()
        .skip(1)
        .step_by(2)
        .map(|v| latin1(v.as_ref()))
        .collect();
    let pairs: Vec<(&str, &[u8])> = raw
        .iter()
        .step_by(2)
        .zip(values.iter())
        .map(|(n, v)| (n.as_ref(), v.as_ref()))
        .collect();
    f(&pairs)
}

/// A header's text: borrowed from QuickJS (no copy for ASCII), or an
/// integer value written out here.
enum HeaderText<'js> {
    Js(CString<'js>),
    Int(String),
}

impl AsRef<str> for HeaderText<'_> {
    fn as_ref(&self) -> &str {
        match self {
            HeaderText::Js(s) => s.as_str(),
            HeaderText::Int(s) => s,
        }
    }
}

/// The (name, value) texts of a response's header list, JS's flat (key,
/// name, value) triples; None when a value is neither a string nor an
/// integer (an array of values, a fraction: JS formats those itself).
fn string_pairs<'js>(list: &Array<'js>) -> Result<Option<Vec<HeaderText<'js>>>> {
    let len = list.len();
    let mut out = Vec::with_capacity(len / 3 * 2);
    for i in (0..len.saturating_sub(2)).step_by(3) {
        let name: Value = list.get(i + 1)?;
        let value: Value = list.get(i + 2)?;
        let Some(name) = name.as_string() else {
            return Ok(None);
        };
        out.push(HeaderText::Js(name.clone().to_cstring()?));
        // (An integer's decimal digits are what JS would make of it.)
        match (value.as_string(), value.as_int()) {
            (Some(text), _) => out.push(HeaderText::Js(text.clone().to_cstring()?)),
            (None, Some(n)) => out.push(HeaderText::Int(n.to_string())),
            _ => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// The strings of a flat [name, value, ...] header list (JS's `_rawHead`,
/// all strings), borrowed from QuickJS.
fn flat_strings<'js>(list: &Array<'js>) -> Result<Vec<CString<'js>>> {
    let mut out = Vec::with_capacity(list.len());
    for i in 0..list.len() {
        let item: rquickjs::String = list.get(i)?;
        out.push(item.to_cstring()?);
    }
    Ok(out)
}

/// Runs `f` on the bytes of a string (as UTF-8) or Uint8Array chunk. A
/// typed array's bytes are lent, not copied: a large body goes to the
/// socket straight from its Buffer.
fn with_chunk<R>(v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if let Some(s) = v.as_string() {
        // (Borrowed from QuickJS: no copy for ASCII text.)
        return Ok(f(s.clone().to_cstring()?.as_str().as_bytes()));
    }
    if v.is_undefined() || v.is_null() {
        return Ok(f(&[]));
    }
    let array = TypedArray::<u8>::from_value(v.clone())?;
    // SAFETY: `array` keeps its buffer alive for this call, and the bytes
    // are only read inside `f`, which runs no JavaScript (the connection
    // defers its callbacks while JS is running), so nothing can detach or
    // resize the buffer meanwhile; and no other thread can write it, since
    // JS runs on this one thread only (no workers share memory with it).
    let bytes = unsafe { array.as_bytes() }.unwrap_or(&[]);
    Ok(f(bytes))
}

/// A whole response with a Content-Length: head, `body` (a string or
/// Uint8Array) and end. Returns the bytes the socket has not taken yet.
fn respond_with<S: AsRef<str>>(
    c: &Rc<Connection>,
    status: u16,
    message: Option<&str>,
    raw: &[S],
    body: &Value<'_>,
) -> Result<f64> {
    with_chunk(body, |bytes| {
        with_headers(raw, |h| c.respond(status, message, h, bytes));
    })?;
    Ok(c.pending_output() as f64)
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
        held.methods.borrow_mut().clear();
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
                    on_timeout: get("onTimeout")?,
                    on_end: get("onEnd")?,
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
                let settings = Rc::new(Settings::default());
                let handler = Rc::new(JsHandler {
                    host: hw.clone(),
                    shared: s.clone(),
                    server_id,
                    skip_body_end: Cell::new(false),
                    trailers: RefCell::new(None),
                    settings: settings.clone(),
                });
                let (sid, local) =
                    Server::listen(&host.event_loop, addr, handler, Limits::default())
                        .map_err(fail)?;
                s.servers.borrow_mut().insert(server_id, sid);
                s.settings.borrow_mut().insert(server_id, settings);
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
            s.settings.borrow_mut().remove(&server_id);
            Ok(())
        })?,
    )?;
    let s = shared.clone();
    h.set(
        "setTimeouts",
        Function::new(
            ctx.clone(),
            move |server_id: u32,
                  keep_alive: f64,
                  headers: f64,
                  request: f64,
                  max_requests: f64| {
                // Milliseconds from JS; anything not a positive number is 0
                // (disabled).
                let ms = |v: f64| {
                    if v.is_finite() && v > 0.0 {
                        v as u64
                    } else {
                        0
                    }
                };
                if let Some(t) = s.settings.borrow().get(&server_id) {
                    t.timeouts.set(Timeouts {
                        keep_alive_ms: ms(keep_alive),
                        headers_ms: ms(headers),
                        request_ms: ms(request),
                    });
                    t.max_requests
                        .set(ms(max_requests).min(u64::from(u32::MAX)) as u32);
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

    let conn = |s: &Rc<Shared>, id: f64| {
        s.connections
            .borrow()
            .get(&(id as u64))
            .map(|k| k.conn.clone())
    };
    let s = shared.clone();
    h.set(
        "attach",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, id: f64, socket: Object<'js>| {
                if let Some(k) = s.connections.borrow_mut().get_mut(&(id as u64)) {
                    k.socket = Some(Persistent::save(&ctx, socket));
                }
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "writeHead",
        Function::new(
            ctx.clone(),
            move |id: f64,
                  status: u16,
                  message: Option<String>,
                  raw: Array<'js>,
                  length: f64|
                  -> Result<()> {
                if let Some(c) = conn(&s, id) {
                    let length = (length >= 0.0).then_some(length as u64);
                    with_headers(&flat_strings(&raw)?, |h| {
                        c.write_head(status, message.as_deref(), h, length)
                    });
                }
                Ok(())
            },
        )?,
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
                with_chunk(&chunk, |bytes| c.write_body(bytes))?;
                Ok(c.pending_output() as f64)
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "respond",
        Function::new(
            ctx.clone(),
            move |id: f64,
                  status: u16,
                  message: Option<String>,
                  raw: Array<'js>,
                  body: Value<'js>|
                  -> Result<f64> {
                let Some(c) = conn(&s, id) else {
                    return Ok(GONE);
                };
                respond_with(&c, status, message.as_deref(), &flat_strings(&raw)?, &body)
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "finish",
        Function::new(
            ctx.clone(),
            move |id: f64,
                  status: u16,
                  message: Option<String>,
                  raw: Option<Array<'js>>,
                  body: Value<'js>,
                  trailers: Option<Vec<String>>|
                  -> Result<f64> {
                // The last of a response, in one call: a head fixed before
                // its body was known (writeHead; chunked unless it gives a
                // length), or none when it went already; the body; the end.
                let Some(c) = conn(&s, id) else {
                    return Ok(GONE);
                };
                let trailers = trailers.unwrap_or_default();
                let raw = raw.map(|r| flat_strings(&r)).transpose()?;
                with_chunk(&body, |bytes| {
                    with_headers(&trailers, |t| match &raw {
                        Some(raw) => with_headers(raw, |h| {
                            c.respond_unsized(status, message.as_deref(), h, bytes, t)
                        }),
                        None => c.end_with(bytes, t),
                    })
                })?;
                Ok(c.pending_output() as f64)
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "respondPlain",
        Function::new(
            ctx.clone(),
            move |id: f64,
                  status: u16,
                  message: Option<String>,
                  headers: Option<Array<'js>>,
                  body: Value<'js>|
                  -> Result<f64> {
                let Some(c) = conn(&s, id) else {
                    return Ok(GONE);
                };
                let mut raw = Vec::new();
                if let Some(list) = headers {
                    match string_pairs(&list)? {
                        Some(pairs) => raw = pairs,
                        None => return Ok(-1.0),
                    }
                }
                respond_with(&c, status, message.as_deref(), &raw, &body)
            },
        )?,
    )?;
    let s = shared.clone();
    h.set(
        "setTimeout",
        Function::new(ctx.clone(), move |id: f64, ms: f64| {
            if let Some(c) = conn(&s, id) {
                c.set_timeout(if ms.is_finite() && ms > 0.0 { ms } else { 0.0 });
            }
        })?,
    )?;
    // Calls that only act on a connection (gone ones are ignored).
    let actions: [(&str, ConnAction); 8] = [
        ("flush", |c| c.flush()),
        ("omitDate", |c| c.omit_date()),
        ("shutdown", |c| c.shutdown()),
        ("notifyDrain", |c| c.notify_drain()),
        ("pause", |c| c.pause_reading()),
        ("resume", |c| c.resume_reading()),
        ("release", |c| c.release()),
        ("destroy", |c| c.close()),
    ];
    for (name, action) in actions {
        let s = shared.clone();
        h.set(
            name,
            Function::new(ctx.clone(), move |id: f64| {
                if let Some(c) = conn(&s, id) {
                    action(&c);
                }
            })?,
        )?;
    }
    let s = shared;
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
    binding.set("http", h)?;
    Ok(())
}
