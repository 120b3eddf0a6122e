//! One server connection as a runtime-core `Source`: reads requests
//! (strictly parsed, one at a time, pipelined bytes waiting their turn),
//! hands them to the application's [`Handler`], and writes its responses
//! with Content-Length or chunked framing, keep-alive and backpressure.

use std::cell::{Cell, RefCell};
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;

use bytes::Bytes;
use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId};

use crate::chunked::{encode_chunk, ChunkedDecoder, LAST_CHUNK};
use crate::head::{parse_request_head, BodyKind, Limits, RequestHead};
use crate::response::{bodyless, date_header, error_response, reason};
use crate::timeouts::{Deadline, OnTimer, Timeouts, Wait};
use crate::HttpError;

/// Bytes read ahead while the application works on a request.
const READ_AHEAD: usize = 64 * 1024;

thread_local! {
    /// The one read buffer of this thread's connections: a read lands here
    /// and only what arrived is copied to the connection's input, so idle
    /// connections hold no read buffer and no read pays for zeroing 64 KiB.
    static SCRATCH: RefCell<Box<[u8]>> = RefCell::new(vec![0; READ_AHEAD].into_boxed_slice());
}

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
    /// A request head arrived; its body follows in `on_body` calls.
    fn on_request(&self, conn: &Rc<Connection>, request: Request);
    /// A piece of the current request's body.
    fn on_body(&self, _conn: &Rc<Connection>, _data: &[u8]) {}
    /// The current request's body ended (immediately for bodyless ones).
    fn on_body_end(&self, _conn: &Rc<Connection>) {}
    /// The connection closed (after a response, an error or the peer).
    fn on_close(&self, _conn: &Rc<Connection>) {}
    /// A request is rejected (`err.status()` is the answer due). Return
    /// true to take the connection over, as Node's `clientError` listeners
    /// do: nothing is sent, and the application writes its own answer
    /// (`write_body` sends raw bytes then) and closes. By default the
    /// engine answers and closes.
    fn on_client_error(&self, _conn: &Rc<Connection>, _err: HttpError) -> bool {
        false
    }
    /// The timeouts to apply, asked each time one starts (so they may
    /// change while the server runs).
    fn timeouts(&self) -> Timeouts {
        Timeouts::default()
    }
}

#[derive(Debug)]
enum Body {
    Length(u64),
    Chunked(ChunkedDecoder),
}

#[derive(Debug, PartialEq)]
enum Phase {
    /// Waiting for (more of) a request head.
    Head,
    /// Reading the current request's body.
    Body,
    /// The request is read; waiting for the application's response.
    Respond,
    /// Closing after the output is flushed.
    Closing,
    /// A rejected request's connection the application took over (see
    /// [`Handler::on_client_error`]): input is ignored, output is written,
    /// and it closes when the application says.
    Detached,
}

#[derive(Debug)]
struct Response {
    chunked: bool,
    no_body: bool,
    head_sent: bool,
}

struct State {
    input: Vec<u8>,
    output: Vec<u8>,
    /// How much of `output` is already written: large bodies go out in
    /// pieces, and shifting the rest down after each would be quadratic.
    written: usize,
    phase: Phase,
    body: Option<Body>,
    keep_alive: bool,
    head_request: bool,
    minor_version: u8,
    response: Option<Response>,
    interest: Interest,
}

/// A server connection. Cloned `Rc`s of it are handed to the handler.
pub struct Connection {
    /// Ourselves, to hand the handler an `Rc` from `&self` callbacks.
    me: std::rc::Weak<Connection>,
    stream: TcpStream,
    peer: Option<SocketAddr>,
    event_loop: EventLoop,
    handler: Rc<dyn Handler>,
    limits: Limits,
    id: Cell<Option<SourceId>>,
    state: RefCell<State>,
    deadline: Deadline,
    /// A number the application may attach (e.g. its own connection id).
    pub tag: Cell<u64>,
}

// SAFETY: `stream` is owned by the connection and only closed when it is
// dropped, which cannot happen while the loop holds it.
unsafe impl Source for Connection {
    fn fd(&self) -> RawFd {
        self.stream.as_raw_fd()
    }

    fn on_ready(&self, _lp: &EventLoop, readiness: Readiness) {
        let Some(me) = self.self_rc() else { return };
        if readiness.writable {
            me.flush();
        }
        if readiness.readable {
            me.read_input();
        }
    }
}

impl Connection {
    /// Starts serving `stream` on `event_loop`.
    pub fn start(
        event_loop: &EventLoop,
        stream: TcpStream,
        handler: Rc<dyn Handler>,
        limits: Limits,
    ) -> io::Result<Rc<Connection>> {
        stream.set_nonblocking(true)?;
        let _ = stream.set_nodelay(true);
        let conn = Rc::new_cyclic(|me| Connection {
            me: me.clone(),
            peer: stream.peer_addr().ok(),
            stream,
            event_loop: event_loop.clone(),
            handler,
            limits,
            id: Cell::new(None),
            deadline: Deadline::default(),
            tag: Cell::new(0),
            state: RefCell::new(State {
                input: Vec::new(),
                output: Vec::new(),
                written: 0,
                phase: Phase::Head,
                body: None,
                keep_alive: true,
                head_request: false,
                minor_version: 1,
                response: None,
                interest: Interest::READABLE,
            }),
        });
        let id = event_loop.register(conn.clone(), Interest::READABLE)?;
        conn.id.set(Some(id));
        // No timeout before the first byte: Node times requests, not
        // connections that have sent nothing yet.
        Ok(conn)
    }

    /// Starts the timeout for `wait`.
    fn wait_for(&self, wait: Wait) {
        let timeouts = self.handler.timeouts();
        let me = self.me.clone();
        self.deadline
            .set(&self.event_loop, wait, &timeouts, || on_timer(me));
    }

    /// The deadline's timer fired.
    fn on_deadline(self: &Rc<Self>) {
        let me = self.me.clone();
        let Some(wait) = self.deadline.fired(&self.event_loop, || on_timer(me)) else {
            return;
        };
        let (in_head, in_body, idle, responding) = {
            let st = self.state.borrow();
            (
                st.phase == Phase::Head,
                st.phase == Phase::Body,
                st.input.is_empty(),
                st.response.is_some(),
            )
        };
        match wait {
            Wait::KeepAlive if in_head && idle => {
                tracing::debug!("keep-alive timeout");
                self.close();
            }
            Wait::Head if in_head => self.time_out(responding),
            Wait::Body if in_body => self.time_out(responding),
            _ => {}
        }
    }

    /// A request did not arrive in time: 408, or just closing when a
    /// response is already under way (a 408 cannot follow it).
    fn time_out(self: &Rc<Self>, responding: bool) {
        tracing::debug!("request timeout");
        if responding {
            self.close();
        } else {
            self.reject(HttpError::Timeout);
        }
    }

    fn self_rc(&self) -> Option<Rc<Connection>> {
        self.me.upgrade()
    }

    /// The client's address.
    pub fn peer_addr(&self) -> Option<SocketAddr> {
        self.peer
    }

    fn set_interest(&self, interest: Interest) {
        let mut st = self.state.borrow_mut();
        if st.interest == interest {
            return;
        }
        st.interest = interest;
        drop(st);
        if let Some(id) = self.id.get() {
            if let Err(err) = self.event_loop.set_interest(id, interest) {
                tracing::debug!(%err, "set_interest failed");
            }
        }
    }

    fn read_input(self: &Rc<Self>) {
        loop {
            if self.state.borrow().input.len() >= READ_AHEAD {
                break;
            }
            let got = SCRATCH.with(|scratch| {
                let mut buf = scratch.borrow_mut();
                let n = (&self.stream).read(&mut buf)?;
                self.state.borrow_mut().input.extend_from_slice(&buf[..n]);
                Ok::<_, io::Error>(n)
            });
            match got {
                Ok(0) => {
                    self.close();
                    return;
                }
                // A short read drained the socket for now; the poller is
                // level-triggered, so what comes later wakes us again.
                // This saves a read that would only say EAGAIN.
                Ok(n) if n < READ_AHEAD => break,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.close();
                    return;
                }
            }
        }
        self.process();
    }

    /// Parses and dispatches as much buffered input as the phase allows.
    fn process(self: &Rc<Self>) {
        loop {
            let phase = std::mem::replace(&mut self.state.borrow_mut().phase, Phase::Closing);
            match phase {
                Phase::Head => {
                    let parsed = {
                        let st = self.state.borrow();
                        parse_request_head(&st.input, &self.limits)
                    };
                    match parsed {
                        Ok(None) => {
                            let started = {
                                let mut st = self.state.borrow_mut();
                                st.phase = Phase::Head;
                                !st.input.is_empty()
                            };
                            // The head timeout runs from its first byte.
                            if started && self.deadline.waiting() != Some(Wait::Head) {
                                self.wait_for(Wait::Head);
                            }
                            return;
                        }
                        Err(err) => {
                            self.reject(err);
                            return;
                        }
                        Ok(Some((head, used))) => self.begin_request(head, used),
                    }
                }
                Phase::Body => {
                    self.state.borrow_mut().phase = Phase::Body;
                    if !self.read_body() {
                        return;
                    }
                }
                Phase::Respond | Phase::Closing | Phase::Detached => {
                    self.state.borrow_mut().phase = phase;
                    return;
                }
            }
        }
    }

    fn begin_request(self: &Rc<Self>, head: RequestHead, used: usize) {
        let raw = {
            let mut st = self.state.borrow_mut();
            let raw = Bytes::copy_from_slice(&st.input[..used]);
            st.input.drain(..used);
            st.keep_alive = head.keep_alive;
            st.minor_version = head.minor_version;
            st.head_request = &raw[head.method.clone()] == b"HEAD";
            st.response = None;
            st.body = match head.body {
                BodyKind::None => None,
                BodyKind::Length(n) => Some(Body::Length(n)),
                BodyKind::Chunked => Some(Body::Chunked(ChunkedDecoder::default())),
            };
            st.phase = if st.body.is_some() {
                Phase::Body
            } else {
                Phase::Respond
            };
            raw
        };
        let has_body = self.state.borrow().body.is_some();
        if has_body {
            self.wait_for(Wait::Body);
        } else {
            self.deadline.clear();
        }
        self.handler.on_request(self, Request { head, raw });
        if !has_body {
            self.handler.on_body_end(self);
        }
    }

    /// Feeds buffered input to the body decoder; true when the body ended.
    fn read_body(self: &Rc<Self>) -> bool {
        let mut pieces: Vec<Vec<u8>> = Vec::new();
        let result = {
            let mut st = self.state.borrow_mut();
            let st = &mut *st;
            match st.body.as_mut() {
                Some(Body::Length(remaining)) => {
                    let take = st
                        .input
                        .len()
                        .min(usize::try_from(*remaining).unwrap_or(usize::MAX));
                    if take > 0 {
                        pieces.push(st.input.drain(..take).collect());
                        *remaining -= take as u64;
                    }
                    Ok(*remaining == 0)
                }
                Some(Body::Chunked(decoder)) => {
                    match decoder.decode(&st.input, |d| pieces.push(d.to_vec())) {
                        Ok(p) => {
                            st.input.drain(..p.consumed);
                            Ok(p.done)
                        }
                        Err(e) => Err(e),
                    }
                }
                None => Ok(true),
            }
        };
        for piece in pieces {
            self.handler.on_body(self, &piece);
        }
        match result {
            Err(err) => {
                self.reject(err);
                false
            }
            Ok(true) => {
                {
                    let mut st = self.state.borrow_mut();
                    st.body = None;
                    if st.phase == Phase::Body {
                        st.phase = Phase::Respond;
                    }
                }
                self.deadline.clear();
                self.handler.on_body_end(self);
                true
            }
            Ok(false) => false,
        }
    }

    /// Answers a bad request with its status and closes.
    fn reject(self: &Rc<Self>, err: HttpError) {
        tracing::debug!(%err, "rejecting request");
        {
            let mut st = self.state.borrow_mut();
            st.phase = Phase::Detached;
            st.input.clear();
        }
        self.deadline.clear();
        if self.handler.on_client_error(self, err) {
            return;
        }
        {
            let mut st = self.state.borrow_mut();
            st.output.extend_from_slice(&error_response(err.status()));
            st.phase = Phase::Closing;
            st.input.clear();
        }
        self.flush();
    }

    /// Sends the response head. `content_length` fixes the body's length;
    /// otherwise HTTP/1.1 responses are chunked. `Date`, `Connection`,
    /// `Keep-Alive` and the framing header are added unless `headers`
    /// already has them; a `Content-Length` or `Transfer-Encoding: chunked`
    /// there decides the framing. `message` replaces the reason phrase.
    pub fn write_head(
        &self,
        status: u16,
        message: Option<&str>,
        headers: &[(&str, &[u8])],
        content_length: Option<u64>,
    ) {
        let has = |name: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
        let user_length = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| std::str::from_utf8(v).ok()?.trim().parse::<u64>().ok());
        let user_chunked = headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("transfer-encoding")
                && String::from_utf8_lossy(v)
                    .to_ascii_lowercase()
                    .trim_end()
                    .ends_with("chunked")
        });
        let user_connection = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("connection"));
        let content_length = content_length.or(user_length);
        let mut st = self.state.borrow_mut();
        if let Some((_, v)) = user_connection {
            if String::from_utf8_lossy(v)
                .to_ascii_lowercase()
                .contains("close")
            {
                st.keep_alive = false;
            }
        }
        let no_body = bodyless(status, st.head_request);
        let chunked = if user_length.is_some() {
            false
        } else {
            user_chunked || (content_length.is_none() && !no_body && st.minor_version == 1)
        };
        if content_length.is_none() && !no_body && st.minor_version == 0 {
            // HTTP/1.0 without a length: the body ends when we close.
            st.keep_alive = false;
        }
        let mut out = Vec::with_capacity(160);
        out.extend_from_slice(
            format!(
                "HTTP/1.1 {status} {}\r\n",
                message.unwrap_or_else(|| reason(status))
            )
            .as_bytes(),
        );
        for (name, value) in headers {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        }
        if !has("date") {
            out.extend_from_slice(b"Date: ");
            out.extend_from_slice(date_header().as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if user_connection.is_none() {
            if st.keep_alive {
                out.extend_from_slice(b"Connection: keep-alive\r\n");
                // As Node: the idle timeout in whole seconds, when there is one.
                match self.handler.timeouts().keep_alive_ms {
                    0 => {}
                    5_000 => out.extend_from_slice(b"Keep-Alive: timeout=5\r\n"),
                    ms => out.extend_from_slice(
                        format!("Keep-Alive: timeout={}\r\n", ms / 1000).as_bytes(),
                    ),
                }
            } else {
                out.extend_from_slice(b"Connection: close\r\n");
            }
        }
        if user_length.is_none() && !user_chunked {
            if let Some(n) = content_length {
                if !no_body || st.head_request {
                    out.extend_from_slice(format!("Content-Length: {n}\r\n").as_bytes());
                }
            } else if chunked {
                out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
            }
        }
        out.extend_from_slice(b"\r\n");
        st.output.extend_from_slice(&out);
        st.response = Some(Response {
            chunked,
            no_body,
            head_sent: true,
        });
    }

    /// Sends a piece of the response body.
    pub fn write_body(&self, data: &[u8]) {
        {
            let mut st = self.state.borrow_mut();
            let st = &mut *st;
            match &st.response {
                Some(r) if r.no_body => {}
                Some(r) if r.chunked => encode_chunk(data, &mut st.output),
                _ if data.len() >= DIRECT_WRITE_MIN => self.write_direct(st, data),
                _ => st.output.extend_from_slice(data),
            }
        }
        self.flush();
    }

    /// Writes pending output and `data` in one writev, buffering only what
    /// the socket did not take: a large body is not copied whole first.
    fn write_direct(&self, st: &mut State, data: &[u8]) {
        let pending = &st.output[st.written..];
        let result =
            (&self.stream).write_vectored(&[io::IoSlice::new(pending), io::IoSlice::new(data)]);
        match result {
            Ok(n) if n >= pending.len() => {
                let used = n - pending.len();
                st.output.clear();
                st.written = 0;
                st.output.extend_from_slice(&data[used..]);
            }
            Ok(n) => {
                st.written += n;
                st.output.extend_from_slice(data);
            }
            // Blocked or failed: flush() waits for writability or closes.
            Err(_) => st.output.extend_from_slice(data),
        }
    }

    /// Ends the response; the next pipelined request (if any) follows.
    pub fn end_response(self: &Rc<Self>) {
        {
            let mut st = self.state.borrow_mut();
            if let Some(r) = &st.response {
                if r.chunked && r.head_sent {
                    st.output.extend_from_slice(LAST_CHUNK);
                }
            }
            st.response = None;
            if !st.keep_alive {
                st.phase = Phase::Closing;
            } else if st.phase == Phase::Respond {
                st.phase = Phase::Head;
            }
        }
        let (next, idle) = {
            let st = self.state.borrow();
            (st.phase == Phase::Head, st.input.is_empty())
        };
        if next {
            self.wait_for(if idle { Wait::KeepAlive } else { Wait::Head });
        }
        self.flush();
        let again = self.state.borrow().phase == Phase::Head;
        if again {
            self.process();
        }
    }

    /// Writes what it can of the output; waits for writability if blocked.
    /// `write_head` only buffers (the head usually leaves with the body);
    /// call this to send a head on its own.
    pub fn flush(&self) {
        loop {
            let st = self.state.borrow();
            if st.written == st.output.len() {
                break;
            }
            let result = (&self.stream).write(&st.output[st.written..]);
            drop(st);
            match result {
                Ok(n) => {
                    let mut st = self.state.borrow_mut();
                    st.written += n;
                    if st.written == st.output.len() {
                        st.output.clear();
                        st.written = 0;
                        // An idle connection should not keep a big body's buffer.
                        if st.output.capacity() > 64 * 1024 {
                            st.output.shrink_to(16 * 1024);
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.set_interest(Interest::BOTH);
                    return;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.close();
                    return;
                }
            }
        }
        let closing = self.state.borrow().phase == Phase::Closing;
        if closing {
            let _ = self.stream.shutdown(std::net::Shutdown::Write);
            self.close();
        } else {
            self.set_interest(Interest::READABLE);
        }
    }

    /// Closes the connection once what is written has gone out.
    pub fn shutdown(&self) {
        self.state.borrow_mut().phase = Phase::Closing;
        self.flush();
    }

    /// Closes the connection now.
    pub fn close(&self) {
        self.deadline.cancel(&self.event_loop);
        if let Some(id) = self.id.take() {
            self.event_loop.deregister(id);
            if let Some(me) = self.self_rc() {
                self.handler.on_close(&me);
            }
        }
    }
}

/// Body writes at least this large skip the output buffer when the socket
/// takes them.
const DIRECT_WRITE_MIN: usize = 16 * 1024;

/// The callback of a connection's deadline timer.
fn on_timer(conn: std::rc::Weak<Connection>) -> OnTimer {
    Box::new(move |_, _| {
        if let Some(conn) = conn.upgrade() {
            conn.on_deadline();
        }
    })
}
