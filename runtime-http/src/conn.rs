//! One server connection as a runtime-core `Source`: reads requests
//! (strictly parsed, one at a time, pipelined bytes waiting their turn),
//! hands them to the application's [`Handler`], and writes its responses
//! with Content-Length or chunked framing, keep-alive and backpressure.
//!
//! This file holds the state machine and the input side; request bodies
//! are read in `body.rs`, the output side is in `output.rs`, the timeouts
//! in `conn_timeouts.rs`, flow control and upgrades in `flow.rs`.

use std::cell::{Cell, RefCell};
use std::io::{self, Read};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;

use bytes::Bytes;
use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId};

use crate::body::Body;
use crate::chunked::ChunkedDecoder;
use crate::handler::{Handler, Request};
use crate::head::{parse_request_head, BodyKind, Limits, RequestHead};
use crate::idle::IdleTimer;
use crate::response::{date_header, error_response};
use crate::timeouts::{Deadline, Wait};
use crate::HttpError;

/// Bytes read ahead while the application works on a request.
pub(crate) const READ_AHEAD: usize = 64 * 1024;

thread_local! {
    /// The one read buffer of this thread's connections: a read lands here
    /// and only what arrived is copied to the connection's input, so idle
    /// connections hold no read buffer and no read pays for zeroing 64 KiB.
    static SCRATCH: RefCell<Box<[u8]>> = RefCell::new(vec![0; READ_AHEAD].into_boxed_slice());
}

#[derive(Debug, PartialEq)]
pub(crate) enum Phase {
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
    /// An upgraded (Upgrade or CONNECT) connection: no more HTTP, bytes
    /// both ways go through as they are (see [`Connection::upgrade`]).
    Raw,
}

#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) chunked: bool,
    pub(crate) no_body: bool,
    pub(crate) head_sent: bool,
}

pub(crate) struct State {
    pub(crate) input: Vec<u8>,
    pub(crate) output: Vec<u8>,
    /// How much of `output` is already written: large bodies go out in
    /// pieces, and shifting the rest down after each would be quadratic.
    pub(crate) written: usize,
    pub(crate) phase: Phase,
    pub(crate) body: Option<Body>,
    pub(crate) keep_alive: bool,
    pub(crate) head_request: bool,
    /// The current response goes without a `Date` header (`omit_date`).
    pub(crate) omit_date: bool,
    pub(crate) minor_version: u8,
    pub(crate) response: Option<Response>,
    pub(crate) interest: Interest,
    /// The application asked to stop reading (it has not consumed what
    /// it was given): nothing is read or delivered until it resumes.
    pub(crate) paused: bool,
    /// The application waits for the output to drain.
    pub(crate) want_drain: bool,
    /// Requests begun on this connection while `max_requests` was set.
    pub(crate) requests: u32,
    /// The response ended while its request's body was still arriving:
    /// the next request follows the body.
    pub(crate) responded: bool,
    /// An Upgrade or CONNECT request waits for the application to
    /// [`upgrade`](Connection::upgrade) or [`release`](Connection::release)
    /// the connection; its body (if any) is not read meanwhile.
    pub(crate) held: bool,
    /// Upgraded, the peer has ended its side (writing may go on).
    pub(crate) read_closed: bool,
    /// A batched flush of `output` is queued (see [`Connection::respond`]).
    pub(crate) flush_queued: bool,
}

/// A server connection. Cloned `Rc`s of it are handed to the handler.
pub struct Connection {
    /// Ourselves, to hand the handler an `Rc` from `&self` callbacks.
    pub(crate) me: std::rc::Weak<Connection>,
    pub(crate) stream: TcpStream,
    peer: Option<SocketAddr>,
    pub(crate) event_loop: EventLoop,
    pub(crate) handler: Rc<dyn Handler>,
    limits: Limits,
    pub(crate) id: Cell<Option<SourceId>>,
    pub(crate) state: RefCell<State>,
    pub(crate) deadline: Deadline,
    pub(crate) idle: IdleTimer,
    /// The socket error that closed the connection, if one did.
    error: Cell<Option<io::ErrorKind>>,
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
        let interest = self.state.borrow().interest;
        // epoll reports errors and hang-ups whatever was asked for; an event
        // for a direction not asked for is one of those (or went stale as
        // the interest changed). Close on a pending error rather than spin.
        let unasked = (readiness.readable && !interest.readable)
            || (readiness.writable && !interest.writable);
        if unasked {
            match self.stream.take_error() {
                Ok(None) => {}
                Ok(Some(e)) | Err(e) => {
                    me.fail(e);
                    return;
                }
            }
        }
        if readiness.writable && interest.writable {
            me.flush();
        }
        if readiness.readable && interest.readable {
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
            idle: IdleTimer::default(),
            error: Cell::new(None),
            tag: Cell::new(0),
            state: RefCell::new(State {
                input: Vec::new(),
                output: Vec::new(),
                written: 0,
                phase: Phase::Head,
                body: None,
                keep_alive: true,
                head_request: false,
                omit_date: false,
                minor_version: 1,
                response: None,
                interest: Interest::READABLE,
                paused: false,
                want_drain: false,
                requests: 0,
                responded: false,
                held: false,
                read_closed: false,
                flush_queued: false,
            }),
        });
        let id = event_loop.register(conn.clone(), Interest::READABLE)?;
        conn.id.set(Some(id));
        // No timeout before the first byte: Node times requests, not
        // connections that have sent nothing yet.
        Ok(conn)
    }

    fn self_rc(&self) -> Option<Rc<Connection>> {
        self.me.upgrade()
    }

    /// The client's address.
    pub fn peer_addr(&self) -> Option<SocketAddr> {
        self.peer
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
            if matches!(got, Ok(n) if n > 0) {
                self.touch();
            }
            match got {
                Ok(0) => {
                    self.peer_ended();
                    self.update_interest();
                    return;
                }
                // A short read drained the socket for now; the poller is
                // level-triggered, so what comes later wakes us again.
                // This saves a read that would only say EAGAIN.
                Ok(n) if n < READ_AHEAD => break,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.fail(e);
                    return;
                }
            }
        }
        self.process();
        self.update_interest();
    }

    /// The peer sent EOF. What is written still goes out (a client may
    /// half-close after its request); then the connection closes. An
    /// upgraded connection stays half-open: the application hears of the
    /// end and closes when it is done writing.
    fn peer_ended(self: &Rc<Self>) {
        let raw = {
            let mut st = self.state.borrow_mut();
            st.read_closed = st.phase == Phase::Raw;
            st.read_closed
        };
        if raw {
            self.process();
            self.handler.on_peer_end(self);
        } else {
            self.shutdown();
        }
    }

    /// Parses and dispatches as much buffered input as the phase allows.
    pub(crate) fn process(self: &Rc<Self>) {
        loop {
            if self.id.get().is_none() {
                // Closed (a write failed mid-way): nothing more is served.
                return;
            }
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
                    let paused = {
                        let mut st = self.state.borrow_mut();
                        st.phase = Phase::Body;
                        st.paused || st.held
                    };
                    if paused || !self.read_body() {
                        return;
                    }
                }
                Phase::Raw => {
                    let data = {
                        let mut st = self.state.borrow_mut();
                        st.phase = Phase::Raw;
                        if st.paused {
                            return;
                        }
                        std::mem::take(&mut st.input)
                    };
                    if !data.is_empty() {
                        self.handler.on_data(self, data);
                    }
                    return;
                }
                Phase::Detached => {
                    // Ignored, but read, so that the peer's close is seen.
                    let mut st = self.state.borrow_mut();
                    st.phase = Phase::Detached;
                    st.input.clear();
                    return;
                }
                Phase::Respond | Phase::Closing => {
                    self.state.borrow_mut().phase = phase;
                    return;
                }
            }
        }
    }

    fn begin_request(self: &Rc<Self>, head: RequestHead, used: usize) {
        let max = self.handler.max_requests();
        let raw = {
            let mut st = self.state.borrow_mut();
            let raw = Bytes::copy_from_slice(&st.input[..used]);
            st.input.drain(..used);
            // Counted only while there is a limit (Node's rule: a limit set
            // later counts from then on).
            if max > 0 {
                st.requests += 1;
            }
            if max > 0 && st.requests > max {
                drop(st);
                self.drop_request(Request { head, raw });
                return;
            }
            st.keep_alive = head.keep_alive;
            st.minor_version = head.minor_version;
            st.head_request = &raw[head.method.clone()] == b"HEAD";
            st.omit_date = false;
            st.response = None;
            // What follows an Upgrade or CONNECT head may be the start of
            // the new protocol: it waits in `input` until the application
            // upgrades the connection or releases it as a plain request.
            st.held = head.upgrade || &raw[head.method.clone()] == b"CONNECT";
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
        self.resume_idle_timeout();
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

    /// A request past the connection's allowance (`max_requests`): the
    /// application hears of it, and it gets a 503 and the connection closes
    /// (Node answers the same, though it then leaves the connection open).
    fn drop_request(self: &Rc<Self>, request: Request) {
        tracing::debug!("request past max_requests dropped");
        self.deadline.clear();
        {
            let mut st = self.state.borrow_mut();
            st.phase = Phase::Closing;
            st.input.clear();
            st.output.extend_from_slice(
                format!(
                    "HTTP/1.1 503 Service Unavailable\r\nDate: {}\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                    date_header()
                )
                .as_bytes(),
            );
        }
        self.handler.on_dropped(self, request);
        self.flush();
    }

    /// Answers a bad request with its status and closes.
    pub(crate) fn reject(self: &Rc<Self>, err: HttpError) {
        tracing::debug!(%err, "rejecting request");
        let raw = {
            let mut st = self.state.borrow_mut();
            st.phase = Phase::Detached;
            std::mem::take(&mut st.input)
        };
        self.deadline.clear();
        if self.handler.on_client_error(self, err, &raw) {
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

    /// Closes the connection once what is written has gone out.
    pub fn shutdown(&self) {
        self.state.borrow_mut().phase = Phase::Closing;
        self.flush();
    }

    /// The socket failed (reset by the peer, broken pipe...): closes, and
    /// [`error`](Self::error) tells the application why.
    pub(crate) fn fail(&self, err: io::Error) {
        tracing::debug!(%err, "connection failed");
        self.error.set(Some(err.kind()));
        self.close();
    }

    /// Why the connection closed, when a socket error closed it.
    pub fn error(&self) -> Option<io::ErrorKind> {
        self.error.get()
    }

    /// Closes the connection now.
    pub fn close(&self) {
        self.deadline.cancel(&self.event_loop);
        self.idle.cancel(&self.event_loop);
        if let Some(id) = self.id.take() {
            // A batched write (see `respond`) still goes out, as a write
            // made at once would have before the close.
            {
                let mut st = self.state.borrow_mut();
                if std::mem::take(&mut st.flush_queued) && st.written < st.output.len() {
                    let _ = std::io::Write::write(&mut &self.stream, &st.output[st.written..]);
                }
            }
            self.event_loop.deregister(id);
            if let Some(me) = self.self_rc() {
                self.handler.on_close(&me);
            }
        }
    }
}
