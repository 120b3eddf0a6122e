//! Unit tests of request-head parsing: framing, limits and the strict
//! rules (see `parse_request_head`).

use super::*;

fn parse(s: &str) -> Result<Option<(RequestHead, usize)>, HttpError> {
    parse_request_head(s.as_bytes(), &Limits::default())
}

fn err(s: &str) -> HttpError {
    match parse(s) {
        Err(e) => e,
        Ok(other) => panic!("accepted {s:?}: {other:?}"),
    }
}

#[test]
fn simple_get() {
    let s = "GET /a?b HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\r\nrest";
    let (head, used) = parse(s).unwrap().unwrap();
    assert_eq!(&s[head.method.clone()], "GET");
    assert_eq!(&s[head.target.clone()], "/a?b");
    assert_eq!(head.minor_version, 1);
    assert_eq!(head.headers.len(), 2);
    assert_eq!(&s[head.headers[1].0.clone()], "X-A");
    assert_eq!(head.body, BodyKind::None);
    assert!(head.keep_alive);
    assert_eq!(&s[used..], "rest");
}

#[test]
fn incomplete_heads_wait() {
    assert_eq!(parse("GET / HTTP/1.1\r\nHost: x\r\n").unwrap(), None);
    assert_eq!(parse("GET / HTTP/1.1\r").unwrap(), None);
    assert_eq!(
        parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap()
            .unwrap()
            .1,
        31
    );
}

#[test]
fn framing() {
    let cl = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n")
        .unwrap()
        .unwrap()
        .0;
    assert_eq!(cl.body, BodyKind::Length(5));
    let te = parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        .unwrap()
        .unwrap()
        .0;
    assert_eq!(te.body, BodyKind::Chunked);
    // Node refuses a repeated Content-Length even with the same value.
    assert_eq!(
        err("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n"),
        HttpError::DuplicateContentLength
    );
    let spaced = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5 \r\n\r\n");
    assert_eq!(spaced.unwrap().unwrap().0.body, BodyKind::Length(5));
}

#[test]
fn smuggling_vectors_are_rejected() {
    let base = |h: &str| format!("POST / HTTP/1.1\r\nHost: x\r\n{h}\r\n\r\n");
    assert_eq!(
        err(&base("Content-Length: 5\r\nTransfer-Encoding: chunked")),
        HttpError::ConflictingFraming {
            transfer_encoding_last: true
        }
    );
    assert_eq!(
        err(&base("Transfer-Encoding: chunked\r\nContent-Length: 5")),
        HttpError::ConflictingFraming {
            transfer_encoding_last: false
        }
    );
    for (bad, why) in [
        ("+5", HttpError::ContentLength),
        ("", HttpError::EmptyContentLength),
        ("5a", HttpError::ContentLength),
        (" ", HttpError::EmptyContentLength),
        ("-1", HttpError::ContentLength),
        ("99999999999999999999999", HttpError::ContentLengthOverflow),
        ("5, 6", HttpError::ContentLength),
        ("5, 5", HttpError::ContentLength),
        ("0x5", HttpError::ContentLength),
    ] {
        assert_eq!(err(&base(&format!("Content-Length: {bad}"))), why, "{bad}");
    }
    assert_eq!(
        err(&base("Content-Length: 5\r\nContent-Length: 6")),
        HttpError::DuplicateContentLength
    );
    assert_eq!(
        err(&base("Transfer-Encoding: gzip")),
        HttpError::TransferEncodingNotChunked
    );
    for bad in [
        "chunked, identity",
        "chunked, chunked",
        "xchunked",
        "chunked\u{b}",
        ", chunked",
        "chunked,",
    ] {
        let e = err(&base(&format!("Transfer-Encoding: {bad}")));
        assert!(
            matches!(
                e,
                HttpError::TransferEncoding
                    | HttpError::TransferEncodingNotChunked
                    | HttpError::Syntax
                    | HttpError::HeaderValue
            ),
            "{bad}: {e:?}"
        );
    }
    assert_eq!(
        err(&base(
            "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked"
        )),
        HttpError::TransferEncoding
    );
}

#[test]
fn line_endings_and_folding() {
    assert_eq!(err("GET / HTTP/1.1\nHost: x\n\n"), HttpError::LineEnding);
    assert_eq!(
        err("GET / HTTP/1.1\r\nHost: x\rX: y\r\n\r\n"),
        HttpError::LineEnding
    );
    assert_eq!(
        err("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n"),
        HttpError::Folded
    );
}

#[test]
fn header_syntax() {
    assert_eq!(err("GET / HTTP/1.1\r\nHost : x\r\n\r\n"), HttpError::Syntax);
    assert_eq!(
        err("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n"),
        HttpError::HeaderValue
    );
    assert_eq!(
        err("GET / HTTP/1.1\r\nHost: x\r\nX\0: a\r\n\r\n"),
        HttpError::Syntax
    );
}

#[test]
fn host_rules() {
    assert_eq!(err("GET / HTTP/1.1\r\n\r\n"), HttpError::Host);
    assert_eq!(
        err("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        HttpError::Host
    );
    assert_eq!(err("GET / HTTP/1.1\r\nHost: a b\r\n\r\n"), HttpError::Host);
    assert_eq!(err("GET / HTTP/1.1\r\nHost: a:x\r\n\r\n"), HttpError::Host);
    assert!(parse("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n")
        .unwrap()
        .is_some());
    assert!(parse("GET / HTTP/1.0\r\n\r\n").unwrap().is_some());
}

#[test]
fn keep_alive_rules() {
    let ka = |s: &str| parse(s).unwrap().unwrap().0.keep_alive;
    assert!(!ka(
        "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    ));
    assert!(!ka("GET / HTTP/1.0\r\n\r\n"));
    assert!(ka("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
    let up =
        parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
    assert!(up.unwrap().unwrap().0.upgrade);
    let ex =
        parse("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n");
    assert!(ex.unwrap().unwrap().0.expect_continue);
}

#[test]
fn limits() {
    let big = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    assert_eq!(err(&big), HttpError::HeadTooLarge);
    let partial = format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(20_000));
    assert_eq!(err(&partial), HttpError::HeadTooLarge);
    let many: String = (0..2001).map(|i| format!("X-{i}: v\r\n")).collect();
    let limits = Limits {
        max_head_bytes: 1 << 20,
        max_headers: 2000,
    };
    let req = format!("GET / HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    assert_eq!(
        parse_request_head(req.as_bytes(), &limits),
        Err(HttpError::TooManyHeaders)
    );
    let ok: String = (0..500).map(|i| format!("X-{i}: v\r\n")).collect();
    let req = format!("GET / HTTP/1.1\r\nHost: x\r\n{ok}\r\n");
    assert_eq!(
        parse_request_head(req.as_bytes(), &limits)
            .unwrap()
            .unwrap()
            .0
            .headers
            .len(),
        501
    );
}
