//! Parsing a request head strictly (RFC 9112): the request line checked
//! part by part (`request_line.rs`), syntax by `httparse`, then the framing
//! and Host rules that a lenient parser would let through.

use std::ops::Range;

use crate::request_line::{method_so_far, request_line};
use crate::HttpError;

/// Limits on a request head. The defaults are Node's.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest head accepted, request line and CRLFs included (16 KiB).
    pub max_head_bytes: usize,
    /// Most header fields accepted (2,000).
    pub max_headers: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_head_bytes: 16 * 1024,
            max_headers: 2000,
        }
    }
}

/// How the request's body is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// No body (no Content-Length and no Transfer-Encoding, or length 0).
    None,
    /// Exactly this many bytes follow the head.
    Length(u64),
    /// A chunked body follows (decode it with `ChunkedDecoder`).
    Chunked,
}

/// A parsed request head. Text fields are byte ranges into the buffer the
/// head was parsed from (zero-copy), so the buffer must be kept until the
/// caller is done with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestHead {
    pub method: Range<usize>,
    pub target: Range<usize>,
    /// The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1.
    pub minor_version: u8,
    /// (name, value) ranges in arrival order, names as sent.
    pub headers: Vec<(Range<usize>, Range<usize>)>,
    pub body: BodyKind,
    /// Whether the connection may carry another request after this one.
    pub keep_alive: bool,
    /// `Expect: 100-continue` was sent.
    pub expect_continue: bool,
    /// Some `Expect` header was sent (the application answers unknown
    /// expectations, e.g. with 417).
    pub has_expect: bool,
    /// `Connection: upgrade` with an `Upgrade` header.
    pub upgrade: bool,
}

/// Where the head ends (just past its blank line), or `Ok(None)` if more
/// bytes are needed. Rejects bare CR or LF as soon as it sees one.
fn head_end(buf: &[u8], limits: &Limits) -> Result<Option<usize>, HttpError> {
    let mut i = 0;
    while i < buf.len() {
        match buf[i] {
            b'\n' => return Err(HttpError::LineEnding),
            b'\r' => {
                let Some(&next) = buf.get(i + 1) else { break };
                if next != b'\n' {
                    return Err(HttpError::LineEnding);
                }
                if buf.get(i + 2..i + 4) == Some(b"\r\n") {
                    let end = i + 4;
                    if end > limits.max_head_bytes {
                        return Err(HttpError::HeadTooLarge);
                    }
                    return Ok(Some(end));
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    if buf.len() > limits.max_head_bytes {
        return Err(HttpError::HeadTooLarge);
    }
    Ok(None)
}

fn range_of(buf: &[u8], part: &[u8]) -> Range<usize> {
    let start = part.as_ptr() as usize - buf.as_ptr() as usize;
    start..start + part.len()
}

fn trim(v: &[u8]) -> &[u8] {
    let start = v
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(v.len());
    let end = v
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t'))
        .map_or(start, |e| e + 1);
    &v[start..end]
}

pub(crate) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Content-Length: 1*DIGIT, given once (Node refuses lists and repeats,
/// even of one value).
fn content_length(value: &[u8], current: Option<u64>) -> Result<u64, HttpError> {
    if current.is_some() {
        return Err(HttpError::DuplicateContentLength);
    }
    let digits = trim(value);
    if digits.is_empty() {
        return Err(HttpError::EmptyContentLength);
    }
    let mut n: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return Err(HttpError::ContentLength);
        }
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or(HttpError::ContentLengthOverflow)?;
    }
    Ok(n)
}

/// What httparse's complaint about `head` is, in Node's terms.
fn syntax_error(head: &[u8], err: httparse::Error) -> HttpError {
    match err {
        httparse::Error::TooManyHeaders => HttpError::TooManyHeaders,
        httparse::Error::Version => HttpError::Version,
        httparse::Error::NewLine => HttpError::LineEnding,
        httparse::Error::HeaderValue => HttpError::HeaderValue,
        _ if head.windows(3).any(|w| w == b"\r\n " || w == b"\r\n\t") => HttpError::Folded,
        _ => HttpError::Syntax,
    }
}

/// Adds one Transfer-Encoding field's codings; returns whether `chunked`
/// is (so far) the final coding.
fn transfer_codings(value: &[u8], chunked_last: &mut Option<bool>) -> Result<(), HttpError> {
    for part in value.split(|&b| b == b',') {
        let coding = trim(part);
        if coding.is_empty() || !coding.iter().all(|&b| is_tchar(b)) {
            return Err(HttpError::TransferEncoding);
        }
        if *chunked_last == Some(true) {
            // Nothing may follow `chunked`, and it may not repeat.
            return Err(HttpError::TransferEncoding);
        }
        *chunked_last = Some(coding.eq_ignore_ascii_case(b"chunked"));
    }
    Ok(())
}

/// A Host value: empty, or host[:port] with a reg-name, IPv4 or [IPv6].
fn valid_host(value: &[u8]) -> bool {
    if value.is_empty() {
        return true;
    }
    let (host, port) = if value[0] == b'[' {
        let Some(close) = value.iter().position(|&b| b == b']') else {
            return false;
        };
        let inner = &value[1..close];
        if inner.is_empty()
            || !inner
                .iter()
                .all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return false;
        }
        (&value[..=close], &value[close + 1..])
    } else {
        match value.iter().position(|&b| b == b':') {
            Some(i) => (&value[..i], &value[i..]),
            None => (value, &value[value.len()..]),
        }
    };
    let host_ok = host.first() == Some(&b'[')
        || host
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=%".contains(&b));
    let port_ok = port.is_empty() || (port[0] == b':' && port[1..].iter().all(u8::is_ascii_digit));
    host_ok && port_ok
}

fn has_token(value: &[u8], token: &[u8]) -> bool {
    value
        .split(|&b| b == b',')
        .any(|t| trim(t).eq_ignore_ascii_case(token))
}

/// Parses the head at the start of `buf`. Returns the head and the number
/// of bytes it used, `Ok(None)` when the head is not complete yet, or the
/// error to answer with.
pub fn parse_request_head(
    buf: &[u8],
    limits: &Limits,
) -> Result<Option<(RequestHead, usize)>, HttpError> {
    // Empty lines before the request line are ignored (RFC 9112 §2.2).
    let mut skip = 0;
    while buf[skip..].starts_with(b"\r\n") {
        skip += 2;
    }
    // The request line is checked as soon as it is in (its method as it
    // arrives), as Node's parser does: garbage is refused at once, not when
    // a head that may never come is complete.
    let rest = &buf[skip..];
    match rest.windows(2).position(|w| w == b"\r\n") {
        Some(line_end) => request_line(&rest[..line_end])?,
        // (A lone CR may be the start of an empty line before the request.)
        None if rest == b"\r" => {}
        None => method_so_far(rest)?,
    }
    let Some(end) = head_end(rest, limits)? else {
        return Ok(None);
    };
    let head_bytes = &buf[skip..skip + end];
    // (Left uninitialised: httparse fills in what it parses, and clearing
    // 64 slots for the usual handful is a measurable share of a request.)
    let mut small = [const { std::mem::MaybeUninit::<httparse::Header<'_>>::uninit() }; 64];
    let mut large;
    let mut req = httparse::Request::new(&mut []);
    let status = match req.parse_with_uninit_headers(head_bytes, &mut small) {
        Err(httparse::Error::TooManyHeaders) => {
            large = vec![httparse::EMPTY_HEADER; limits.max_headers];
            req = httparse::Request::new(&mut large);
            req.parse(head_bytes)
        }
        other => other,
    };
    match status {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(HttpError::Syntax),
        Err(e) => return Err(syntax_error(head_bytes, e)),
    }
    let (Some(method), Some(target), Some(minor)) = (req.method, req.path, req.version) else {
        return Err(HttpError::Syntax);
    };
    if target.is_empty() {
        return Err(HttpError::Syntax);
    }
    let mut headers = Vec::with_capacity(req.headers.len());
    let mut length: Option<u64> = None;
    // Which framing header came last (Node names that one when both come).
    let mut transfer_encoding_last = false;
    let mut chunked_last: Option<bool> = None;
    let mut hosts = 0;
    let mut host_ok = true;
    let (mut close, mut keep_alive_token, mut upgrade_token, mut has_upgrade) =
        (false, false, false, false);
    let (mut expect, mut has_expect) = (false, false);
    for h in req.headers.iter() {
        let name = h.name.as_bytes();
        let value = h.value;
        if name.eq_ignore_ascii_case(b"content-length") {
            length = Some(content_length(value, length)?);
            transfer_encoding_last = false;
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            transfer_codings(value, &mut chunked_last)?;
            transfer_encoding_last = true;
        } else if name.eq_ignore_ascii_case(b"host") {
            hosts += 1;
            host_ok &= valid_host(trim(value));
        } else if name.eq_ignore_ascii_case(b"connection") {
            close |= has_token(value, b"close");
            keep_alive_token |= has_token(value, b"keep-alive");
            upgrade_token |= has_token(value, b"upgrade");
        } else if name.eq_ignore_ascii_case(b"upgrade") {
            has_upgrade = true;
        } else if name.eq_ignore_ascii_case(b"expect") {
            has_expect = true;
            expect |= trim(value).eq_ignore_ascii_case(b"100-continue");
        }
        headers.push((range_of(buf, name), range_of(buf, value)));
    }
    if !host_ok || hosts > 1 || (minor == 1 && hosts != 1) {
        return Err(HttpError::Host);
    }
    let body = match (length, chunked_last) {
        (Some(_), Some(_)) => {
            return Err(HttpError::ConflictingFraming {
                transfer_encoding_last,
            })
        }
        (_, Some(false)) => return Err(HttpError::TransferEncodingNotChunked),
        (_, Some(true)) => BodyKind::Chunked,
        (Some(0) | None, None) => BodyKind::None,
        (Some(n), None) => BodyKind::Length(n),
    };
    let keep_alive = if minor == 1 {
        !close
    } else {
        keep_alive_token && !close
    };
    Ok(Some((
        RequestHead {
            method: range_of(buf, method.as_bytes()),
            target: range_of(buf, target.as_bytes()),
            minor_version: minor,
            headers,
            body,
            keep_alive,
            expect_continue: expect,
            has_expect,
            upgrade: upgrade_token && has_upgrade,
        },
        skip + end,
    )))
}

#[cfg(test)]
mod tests;
