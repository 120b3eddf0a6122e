//! The chunked transfer coding (RFC 9112 §7.1): a push-style decoder that
//! hands out body bytes as they arrive, and the encoder's framing.

use crate::HttpError;

/// Most bytes of chunk extensions accepted per chunk (Node's limit).
pub const MAX_CHUNK_EXTENSIONS: usize = 16 * 1024;
/// Most bytes of trailer fields accepted.
pub const MAX_TRAILERS: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Reading hex digits of a chunk size.
    Size {
        digits: u8,
    },
    /// Whitespace after the size, before `;` or CR.
    SizeSpace,
    /// Inside chunk extensions, up to CR.
    Extension,
    /// Expecting the LF of the size line.
    SizeLf,
    /// Inside chunk data.
    Data,
    /// Expecting CR after chunk data.
    DataCr,
    /// Expecting LF after chunk data.
    DataLf,
    /// After the last chunk: trailer lines until an empty one.
    Trailers,
    Done,
}

/// Decodes a chunked body fed in pieces of any size.
#[derive(Debug, Clone)]
pub struct ChunkedDecoder {
    state: State,
    size: u64,
    extension_bytes: usize,
    trailers: Vec<u8>,
}

impl Default for ChunkedDecoder {
    fn default() -> Self {
        ChunkedDecoder {
            state: State::Size { digits: 0 },
            size: 0,
            extension_bytes: 0,
            trailers: Vec::new(),
        }
    }
}

/// What one call to [`ChunkedDecoder::decode`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Input bytes used; the rest belongs to the next message.
    pub consumed: usize,
    /// The body (and its trailers) ended.
    pub done: bool,
}

impl ChunkedDecoder {
    /// Decodes from `input`, passing each run of body bytes to `body`.
    pub fn decode(
        &mut self,
        input: &[u8],
        mut body: impl FnMut(&[u8]),
    ) -> Result<Progress, HttpError> {
        let mut i = 0;
        while i < input.len() {
            let b = input[i];
            match self.state {
                State::Size { digits } => match b {
                    b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' => {
                        if digits >= 15 {
                            return Err(HttpError::ChunkSize);
                        }
                        let v = (b as char).to_digit(16).unwrap_or(0);
                        self.size = self.size << 4 | u64::from(v);
                        self.state = State::Size { digits: digits + 1 };
                        i += 1;
                    }
                    _ if digits == 0 => return Err(HttpError::ChunkSize),
                    b' ' | b'\t' => {
                        self.state = State::SizeSpace;
                        i += 1;
                    }
                    b';' => {
                        self.state = State::Extension;
                        self.extension_bytes = 0;
                        i += 1;
                    }
                    b'\r' => {
                        self.state = State::SizeLf;
                        i += 1;
                    }
                    _ => return Err(HttpError::ChunkSize),
                },
                State::SizeSpace => match b {
                    b' ' | b'\t' => i += 1,
                    b';' => {
                        self.state = State::Extension;
                        self.extension_bytes = 0;
                        i += 1;
                    }
                    b'\r' => {
                        self.state = State::SizeLf;
                        i += 1;
                    }
                    _ => return Err(HttpError::ChunkSize),
                },
                State::Extension => {
                    if b == b'\r' {
                        self.state = State::SizeLf;
                    } else if b == b'\n' || (b < 0x20 && b != b'\t') || b == 0x7f {
                        return Err(HttpError::ChunkSize);
                    } else {
                        self.extension_bytes += 1;
                        if self.extension_bytes > MAX_CHUNK_EXTENSIONS {
                            return Err(HttpError::ChunkExtensionTooLarge);
                        }
                    }
                    i += 1;
                }
                State::SizeLf => {
                    if b != b'\n' {
                        return Err(HttpError::ChunkSize);
                    }
                    i += 1;
                    self.state = if self.size == 0 {
                        State::Trailers
                    } else {
                        State::Data
                    };
                }
                State::Data => {
                    let take =
                        (input.len() - i).min(usize::try_from(self.size).unwrap_or(usize::MAX));
                    body(&input[i..i + take]);
                    i += take;
                    self.size -= take as u64;
                    if self.size == 0 {
                        self.state = State::DataCr;
                    }
                }
                State::DataCr => {
                    if b != b'\r' {
                        return Err(HttpError::ChunkSize);
                    }
                    self.state = State::DataLf;
                    i += 1;
                }
                State::DataLf => {
                    if b != b'\n' {
                        return Err(HttpError::ChunkSize);
                    }
                    self.state = State::Size { digits: 0 };
                    i += 1;
                }
                State::Trailers => {
                    self.trailers.push(b);
                    i += 1;
                    if self.trailers.len() > MAX_TRAILERS {
                        return Err(HttpError::HeadTooLarge);
                    }
                    if self.trailers == b"\r\n" || self.trailers.ends_with(b"\r\n\r\n") {
                        self.state = State::Done;
                        return Ok(Progress {
                            consumed: i,
                            done: true,
                        });
                    }
                    if b == b'\n' && !self.trailers.ends_with(b"\r\n") {
                        return Err(HttpError::LineEnding);
                    }
                }
                State::Done => {
                    return Ok(Progress {
                        consumed: i,
                        done: true,
                    })
                }
            }
        }
        Ok(Progress {
            consumed: i,
            done: self.state == State::Done,
        })
    }

    /// The raw trailer section (fields and the final CRLF), once done.
    pub fn trailers(&self) -> &[u8] {
        &self.trailers
    }

    /// The trailer fields as (name, value) pairs, once done; an error when
    /// a field is malformed (as a header would be).
    pub fn trailer_fields(&self) -> Result<Vec<(String, Vec<u8>)>, HttpError> {
        if self.trailers.len() <= 2 {
            return Ok(Vec::new());
        }
        let mut fields = vec![httparse::EMPTY_HEADER; self.trailers.len() / 4 + 1];
        match httparse::parse_headers(&self.trailers, &mut fields) {
            Ok(httparse::Status::Complete((_, fields))) => Ok(fields
                .iter()
                .map(|f| (f.name.to_string(), f.value.to_vec()))
                .collect()),
            Ok(httparse::Status::Partial) => Err(HttpError::Syntax),
            Err(httparse::Error::HeaderValue) => Err(HttpError::HeaderValue),
            Err(_) => Err(HttpError::Syntax),
        }
    }
}

/// Appends one chunk framing `data` to `out` (nothing for empty data: an
/// empty chunk would end the body).
pub fn encode_chunk(data: &[u8], out: &mut Vec<u8>) {
    if data.is_empty() {
        return;
    }
    out.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
}

/// The last chunk, with no trailers.
pub const LAST_CHUNK: &[u8] = b"0\r\n\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(input: &[u8], step: usize) -> Result<(Vec<u8>, usize), HttpError> {
        let mut d = ChunkedDecoder::default();
        let mut out = Vec::new();
        let mut at = 0;
        while at < input.len() {
            let end = (at + step).min(input.len());
            let p = d.decode(&input[at..end], |b| out.extend_from_slice(b))?;
            at += p.consumed;
            if p.done {
                return Ok((out, at));
            }
            if p.consumed == 0 {
                break;
            }
        }
        Err(HttpError::Syntax)
    }

    #[test]
    fn trailer_fields_are_parsed_like_headers() {
        let mut d = ChunkedDecoder::default();
        let p = d
            .decode(b"1\r\na\r\n0\r\nX-A: 1\r\nX-B:  two \r\n\r\n", |_| {})
            .unwrap();
        assert!(p.done);
        assert_eq!(
            d.trailer_fields().unwrap(),
            [
                ("X-A".to_string(), b"1".to_vec()),
                ("X-B".to_string(), b"two".to_vec())
            ]
        );
        let mut none = ChunkedDecoder::default();
        none.decode(b"0\r\n\r\n", |_| {}).unwrap();
        assert!(none.trailer_fields().unwrap().is_empty());
        let mut bad = ChunkedDecoder::default();
        bad.decode(b"0\r\nX A: 1\r\n\r\n", |_| {}).unwrap();
        assert_eq!(bad.trailer_fields(), Err(HttpError::Syntax));
    }

    #[test]
    fn decodes_in_any_split() {
        let body = b"5\r\nhello\r\n6;name=v\r\n world\r\n0\r\n\r\nNEXT";
        for step in [1, 2, 3, 7, 100] {
            let (out, used) = decode_all(body, step).unwrap();
            assert_eq!(out, b"hello world");
            assert_eq!(&body[used..], b"NEXT");
        }
    }

    #[test]
    fn trailers_are_kept() {
        let mut d = ChunkedDecoder::default();
        let p = d.decode(b"1\r\na\r\n0\r\nX-T: 1\r\n\r\n", |_| {}).unwrap();
        assert!(p.done);
        assert_eq!(d.trailers(), b"X-T: 1\r\n\r\n");
    }

    #[test]
    fn bad_sizes_and_framing() {
        for bad in [
            &b"x\r\n"[..],
            b"\r\n",
            b"-1\r\n",
            b"5\nhello",
            b"5\r\nhelloXX",
            b"1 2\r\n",
            b"ffffffffffffffff\r\n",
            b"1;a\nb\r\n",
        ] {
            let mut d = ChunkedDecoder::default();
            assert!(d.decode(bad, |_| {}).is_err(), "{bad:?}");
        }
        let long = format!("1;{}\r\n", "e".repeat(MAX_CHUNK_EXTENSIONS + 1));
        let mut d = ChunkedDecoder::default();
        assert_eq!(
            d.decode(long.as_bytes(), |_| {}),
            Err(HttpError::ChunkExtensionTooLarge)
        );
    }

    #[test]
    fn encoder_round_trips() {
        let mut out = Vec::new();
        encode_chunk(b"hello", &mut out);
        encode_chunk(b"", &mut out);
        encode_chunk(&[b'x'; 300], &mut out);
        out.extend_from_slice(LAST_CHUNK);
        let (body, _) = decode_all(&out, 5).unwrap();
        assert_eq!(body.len(), 305);
        assert!(out.starts_with(b"5\r\nhello\r\n12c\r\n"));
    }
}
