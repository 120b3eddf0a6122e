//! A connection's output side: response heads and bodies (Content-Length
//! or chunked), raw bytes, flushing with writev, and telling the
//! application when buffered output has drained.

use std::io::{self, Write};
use std::rc::Rc;

use crate::chunked::{encode_chunk, LAST_CHUNK};
use crate::conn::{Connection, Phase, Response, State};
use crate::head::is_tchar;
use crate::response::{bodyless, date_header, reason};
use crate::timeouts::Wait;

/// Body writes at least this large skip the output buffer when the socket
/// takes them.
const DIRECT_WRITE_MIN: usize = 16 * 1024;

/// Whether `name` is an HTTP token (RFC 9110 field name).
fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(is_tchar)
}

/// Appends `n` in decimal (a head is written per response; `format!` is a
/// measurable share of that).
fn push_decimal(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

impl Connection {
    /// The current response's head (not yet written) goes without the
    /// `Date` header it would get (Node's `sendDate = false`).
    pub fn omit_date(&self) {
        self.state.borrow_mut().omit_date = true;
    }

    /// Sends the response head. `content_length` fixes the body's length;
    /// otherwise HTTP/1.1 responses are chunked. `Date` (unless
    /// [`Connection::omit_date`]), `Connection`, `Keep-Alive` and the
    /// framing header are added unless `headers` already has them; a
    /// `Content-Length` or `Transfer-Encoding: chunked` there decides the
    /// framing. `message` replaces the reason phrase.
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
        out.extend_from_slice(b"HTTP/1.1 ");
        push_decimal(&mut out, u64::from(status));
        out.push(b' ');
        out.extend_from_slice(message.unwrap_or_else(|| reason(status)).as_bytes());
        out.extend_from_slice(b"\r\n");
        for (name, value) in headers {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        }
        if !has("date") && !st.omit_date {
            out.extend_from_slice(b"Date: ");
            out.extend_from_slice(date_header().as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if user_connection.is_none() {
            // The last request a connection may carry is answered with
            // `close` (the connection stays open for what is already
            // pipelined, which is dropped, as in Node).
            // (A request begun before any limit was set is not counted,
            // and its response names no allowance, as Node's.)
            let max = if st.requests > 0 {
                self.handler.max_requests()
            } else {
                0
            };
            if st.keep_alive && !(max > 0 && st.requests >= max) {
                out.extend_from_slice(b"Connection: keep-alive\r\n");
                // As Node: the idle timeout in whole seconds, when there is
                // one, and the request allowance when there is one.
                match (self.handler.timeouts().keep_alive_ms, max) {
                    (0, _) => {}
                    (5_000, 0) => out.extend_from_slice(b"Keep-Alive: timeout=5\r\n"),
                    (ms, 0) => out.extend_from_slice(
                        format!("Keep-Alive: timeout={}\r\n", ms / 1000).as_bytes(),
                    ),
                    (ms, max) => out.extend_from_slice(
                        format!("Keep-Alive: timeout={}, max={max}\r\n", ms / 1000).as_bytes(),
                    ),
                }
            } else {
                out.extend_from_slice(b"Connection: close\r\n");
            }
        }
        if user_length.is_none() && !user_chunked {
            if let Some(n) = content_length {
                if !no_body || st.head_request {
                    out.extend_from_slice(b"Content-Length: ");
                    push_decimal(&mut out, n);
                    out.extend_from_slice(b"\r\n");
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
        self.push_body(data);
        self.flush();
    }

    /// Adds a piece of body to the output, framed as the response is (a
    /// large piece goes straight to the socket when it takes it).
    fn push_body(&self, data: &[u8]) {
        let mut st = self.state.borrow_mut();
        let st = &mut *st;
        match &st.response {
            Some(r) if r.no_body => {}
            Some(r) if r.chunked => encode_chunk(data, &mut st.output),
            _ if data.len() >= DIRECT_WRITE_MIN => self.write_direct(st, data),
            _ => st.output.extend_from_slice(data),
        }
    }

    /// A whole response: head (as [`write_head`](Self::write_head), with
    /// `body`'s length), body and end. When nothing else is waiting to go
    /// out and the body is small, the write is batched: it leaves once the
    /// loop has served the other connections ready now
    /// ([`EventLoop::before_wait`](runtime_core::EventLoop::before_wait)),
    /// so a client with many requests in flight is woken once per batch
    /// rather than once per response. Batched output counts as written for
    /// [`pending_output`](Self::pending_output).
    pub fn respond(
        self: &Rc<Self>,
        status: u16,
        message: Option<&str>,
        headers: &[(&str, &[u8])],
        body: &[u8],
    ) {
        self.respond_framed(status, message, headers, body, Some(body.len() as u64), &[]);
    }

    /// As [`respond`](Self::respond), but framed as a head written with no
    /// length is (chunked for HTTP/1.1 unless `headers` give a length; an
    /// HTTP/1.0 body ends with the connection), with `trailers` after a
    /// chunked body: a response whose head was fixed before its body was
    /// known, sent whole.
    pub fn respond_unsized(
        self: &Rc<Self>,
        status: u16,
        message: Option<&str>,
        headers: &[(&str, &[u8])],
        body: &[u8],
        trailers: &[(&str, &[u8])],
    ) {
        self.respond_framed(status, message, headers, body, None, trailers);
    }

    /// Ends the response with a last piece of body (and `trailers` after a
    /// chunked one), its head having gone before: one write, batched as in
    /// [`respond`](Self::respond) when nothing else is waiting to go out.
    pub fn end_with(self: &Rc<Self>, body: &[u8], trailers: &[(&str, &[u8])]) {
        let batch = body.len() < DIRECT_WRITE_MIN && self.pending_output() == 0;
        self.push_body(body);
        self.finish_response(trailers, batch);
    }

    fn respond_framed(
        self: &Rc<Self>,
        status: u16,
        message: Option<&str>,
        headers: &[(&str, &[u8])],
        body: &[u8],
        length: Option<u64>,
        trailers: &[(&str, &[u8])],
    ) {
        let batch = body.len() < DIRECT_WRITE_MIN && self.pending_output() == 0;
        self.write_head(status, message, headers, length);
        self.push_body(body);
        self.finish_response(trailers, batch);
    }

    /// Writes pending output and `data` in one writev, buffering only what
    /// the socket did not take: a large body is not copied whole first.
    fn write_direct(&self, st: &mut State, data: &[u8]) {
        let pending = &st.output[st.written..];
        let result =
            (&self.stream).write_vectored(&[io::IoSlice::new(pending), io::IoSlice::new(data)]);
        match result {
            Ok(n) if n >= pending.len() => {
                self.touch();
                let used = n - pending.len();
                st.output.clear();
                st.written = 0;
                st.output.extend_from_slice(&data[used..]);
            }
            Ok(n) => {
                if n > 0 {
                    self.touch();
                }
                st.written += n;
                st.output.extend_from_slice(data);
            }
            // Blocked or failed: flush() waits for writability or closes.
            Err(_) => st.output.extend_from_slice(data),
        }
    }

    /// Ends the response; the next pipelined request (if any) follows.
    pub fn end_response(self: &Rc<Self>) {
        self.end_response_with_trailers(&[]);
    }

    /// As [`end_response`](Self::end_response), sending `trailers` after a
    /// chunked body (they are dropped otherwise: only chunked framing can
    /// carry them). Pairs whose name is not a token or whose value holds a
    /// CR, LF or NUL are dropped too: no trailer can split the response.
    pub fn end_response_with_trailers(self: &Rc<Self>, trailers: &[(&str, &[u8])]) {
        self.finish_response(trailers, false);
    }

    /// Ends the response: flushing now, or (`batch`) before the loop next
    /// waits.
    fn finish_response(self: &Rc<Self>, trailers: &[(&str, &[u8])], batch: bool) {
        {
            let mut st = self.state.borrow_mut();
            if let Some(r) = &st.response {
                if r.chunked && r.head_sent {
                    if trailers.is_empty() {
                        st.output.extend_from_slice(LAST_CHUNK);
                    } else {
                        st.output.extend_from_slice(b"0\r\n");
                        for (name, value) in trailers {
                            if !is_token(name)
                                || value.iter().any(|b| matches!(b, b'\r' | b'\n' | 0))
                            {
                                tracing::debug!(name, "invalid trailer dropped");
                                continue;
                            }
                            st.output.extend_from_slice(name.as_bytes());
                            st.output.extend_from_slice(b": ");
                            st.output.extend_from_slice(value);
                            st.output.extend_from_slice(b"\r\n");
                        }
                        st.output.extend_from_slice(b"\r\n");
                    }
                }
            }
            st.response = None;
            if !st.keep_alive {
                st.phase = Phase::Closing;
            } else if st.phase == Phase::Respond {
                st.phase = Phase::Head;
            } else if st.phase == Phase::Body {
                // Answered before its body is all in: the next request
                // follows the body.
                st.responded = true;
            }
        }
        let (next, idle) = {
            let st = self.state.borrow();
            (st.phase == Phase::Head, st.input.is_empty())
        };
        if next {
            if idle {
                self.suspend_idle_timeout();
            }
            self.wait_for(if idle { Wait::KeepAlive } else { Wait::Head });
        }
        if batch {
            self.flush_soon();
        } else {
            self.flush();
        }
        let again = self.state.borrow().phase == Phase::Head;
        if again {
            self.process();
        }
        self.update_interest();
    }

    /// Writes what it can of the output; waits for writability if blocked.
    /// `write_head` only buffers (the head usually leaves with the body);
    /// call this to send a head on its own.
    pub fn flush(&self) {
        self.state.borrow_mut().flush_queued = false;
        loop {
            let st = self.state.borrow();
            if st.written == st.output.len() {
                break;
            }
            let result = (&self.stream).write(&st.output[st.written..]);
            drop(st);
            match result {
                Ok(n) => {
                    self.touch();
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
                    self.update_interest();
                    return;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.fail(e);
                    return;
                }
            }
        }
        let (closing, drained) = {
            let mut st = self.state.borrow_mut();
            (
                st.phase == Phase::Closing,
                std::mem::take(&mut st.want_drain),
            )
        };
        // Drained comes before a close (a response's 'finish' before its
        // connection's end).
        if drained {
            if let Some(me) = self.me.upgrade() {
                self.handler.on_drain(&me);
            }
        }
        if closing {
            let _ = self.stream.shutdown(std::net::Shutdown::Write);
            self.close();
            return;
        }
        self.update_interest();
    }

    /// Queues a [`flush`](Self::flush) for before the loop next waits
    /// (once however often it is asked for meanwhile).
    fn flush_soon(&self) {
        if std::mem::replace(&mut self.state.borrow_mut().flush_queued, true) {
            return;
        }
        let me = self.me.clone();
        self.event_loop.before_wait(move |_| {
            let Some(conn) = me.upgrade() else { return };
            // (Flushed since, or closed: nothing to do.)
            if conn.state.borrow().flush_queued && conn.id.get().is_some() {
                conn.flush();
            }
        });
    }

    /// Bytes written by the application that the socket has not taken yet
    /// (a batched write queued by [`respond`](Self::respond) counts as
    /// taken).
    pub fn pending_output(&self) -> usize {
        let st = self.state.borrow();
        if st.flush_queued {
            return 0;
        }
        st.output.len() - st.written
    }

    /// Asks for [`Handler::on_drain`] once the pending output is all
    /// written (at once if there is none).
    pub fn notify_drain(&self) {
        self.state.borrow_mut().want_drain = true;
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::{is_token, push_decimal};

    #[test]
    fn trailer_names_are_tokens() {
        assert!(is_token("Content-MD5"));
        assert!(is_token("x!#$%&'*+-.^_`|~9"));
        for bad in ["", "a b", "a:b", "a\r\nb", "é"] {
            assert!(!is_token(bad), "{bad:?}");
        }
    }

    #[test]
    fn decimals() {
        for n in [0, 7, 10, 200, 999, 1_048_576, u64::MAX] {
            let mut out = b"x".to_vec();
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x{n}").into_bytes());
        }
    }
}
