//! The request line, checked part by part in the order Node's parser
//! meets them (method, target, `HTTP/`, version), so that a bad one is
//! refused with the error Node gives. httparse parses the line again with
//! the headers (`head.rs`); this only tells which part is wrong.

use crate::HttpError;

/// The methods Node's parser accepts (`http.METHODS`), in byte order.
const METHODS: [&[u8]; 35] = [
    b"ACL",
    b"BIND",
    b"CHECKOUT",
    b"CONNECT",
    b"COPY",
    b"DELETE",
    b"GET",
    b"HEAD",
    b"LINK",
    b"LOCK",
    b"M-SEARCH",
    b"MERGE",
    b"MKACTIVITY",
    b"MKCALENDAR",
    b"MKCOL",
    b"MOVE",
    b"NOTIFY",
    b"OPTIONS",
    b"PATCH",
    b"POST",
    b"PROPFIND",
    b"PROPPATCH",
    b"PURGE",
    b"PUT",
    b"QUERY",
    b"REBIND",
    b"REPORT",
    b"SEARCH",
    b"SOURCE",
    b"SUBSCRIBE",
    b"TRACE",
    b"UNBIND",
    b"UNLINK",
    b"UNLOCK",
    b"UNSUBSCRIBE",
];

/// Checks the request line (`line`, without its CRLF) part by part, in
/// the order Node's parser meets them: method, target, `HTTP/`, version.
/// httparse then parses it again with the headers; this only tells which
/// part is wrong.
pub(crate) fn request_line(line: &[u8]) -> Result<(), HttpError> {
    let mut parts = line.splitn(3, |&b| b == b' ');
    let method = parts.next().unwrap_or_default();
    let Some(target) = parts.next() else {
        return Err(HttpError::Method); // no space after the method
    };
    if METHODS.binary_search(&method).is_err() {
        return Err(HttpError::Method);
    }
    // Visible ASCII only: raw UTF-8 must come percent-encoded.
    if target.is_empty() || target.iter().any(|&b| !(0x21..0x7f).contains(&b)) {
        return Err(HttpError::Url);
    }
    let rest = parts.next().unwrap_or_default();
    let Some(version) = rest.strip_prefix(b"HTTP/") else {
        return Err(HttpError::Constant);
    };
    if version != b"1.1" && version != b"1.0" {
        return Err(HttpError::Version);
    }
    Ok(())
}

/// Checks the start of a request line that has not all arrived: the
/// method, or what has come of it, must be (the start of) one Node knows.
pub(crate) fn method_so_far(partial: &[u8]) -> Result<(), HttpError> {
    let known = match partial.iter().position(|&b| b == b' ') {
        Some(end) => METHODS.binary_search(&&partial[..end]).is_ok(),
        None => METHODS.iter().any(|m| m.starts_with(partial)),
    };
    if known {
        Ok(())
    } else {
        Err(HttpError::Method)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::head::{parse_request_head, Limits};

    fn err(s: &str) -> HttpError {
        parse_request_head(s.as_bytes(), &Limits::default()).expect_err(s)
    }

    /// Each part of the request line is checked in the order Node's parser
    /// meets it, with its error.
    #[test]
    fn request_line_parts() {
        for (line, why) in [
            ("G@T / HTTP/1.1", HttpError::Method),
            ("XYZ / HTTP/1.1", HttpError::Method),
            ("get / HTTP/1.1", HttpError::Method),
            ("GET  HTTP/1.1", HttpError::Url),
            ("GET /\x7f HTTP/1.1", HttpError::Url),
            ("GET /caf\u{e9} HTTP/1.1", HttpError::Url),
            ("GET", HttpError::Method),
            ("GET /a b HTTP/1.1", HttpError::Constant),
            ("GET / HTXP/1.1", HttpError::Constant),
            ("GET / HTTP/2.0", HttpError::Version),
            ("GET / HTTP/1.2", HttpError::Version),
            ("GET / HTTP/1.1 x", HttpError::Version),
        ] {
            assert_eq!(err(&format!("{line}\r\nHost: x\r\n\r\n")), why, "{line}");
        }
        for method in METHODS {
            let line = format!(
                "{} / HTTP/1.1\r\nHost: x\r\n\r\n",
                String::from_utf8_lossy(method)
            );
            assert!(
                parse_request_head(line.as_bytes(), &Limits::default())
                    .unwrap()
                    .is_some(),
                "{line}"
            );
        }
        assert!(METHODS.windows(2).all(|w| w[0] < w[1]), "METHODS is sorted");
    }

    /// A bad method is refused before its line (or head) is complete.
    #[test]
    fn a_bad_method_is_refused_as_it_arrives() {
        let partial = |s: &str| parse_request_head(s.as_bytes(), &Limits::default());
        assert_eq!(partial("XY").unwrap_err(), HttpError::Method);
        assert_eq!(partial("GETX /").unwrap_err(), HttpError::Method);
        assert_eq!(partial("\x16\x03\x01").unwrap_err(), HttpError::Method);
        assert!(partial("GE").unwrap().is_none());
        assert!(partial("M-SEA").unwrap().is_none());
        assert!(partial("GET /some/pa").unwrap().is_none());
        assert!(partial("").unwrap().is_none());
        assert!(partial("\r").unwrap().is_none());
        assert!(partial("\r\nGE").unwrap().is_none());
        assert_eq!(
            partial("GET /a b HTTP/1.1\r\nHost").unwrap_err(),
            HttpError::Constant
        );
    }
}
