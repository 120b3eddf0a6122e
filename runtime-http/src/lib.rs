//! HTTP/1.1 engines on runtime-core, usable by any host (no JavaScript).
//!
//! This first part is the strict request side of the wire protocol
//! (RFC 9112): [`head::parse_request_head`] reads a request head with
//! `httparse` and applies the framing rules that keep request smuggling
//! out (Content-Length and Transfer-Encoding validation, Host checks, bare
//! CR/LF, obs-fold, limits); [`chunked::ChunkedDecoder`] decodes a chunked
//! body push-style, and [`chunked::encode_chunk`] frames one. Every
//! rejection is an [`HttpError`] naming the status to answer with.
//!
//! Still to come (see the HTTP issue): the connection state machine as a
//! runtime-core `Source`, responses, keep-alive and pipelining, timeouts.

pub mod chunked;
mod error;
pub mod head;

pub use error::HttpError;
pub use head::{BodyKind, Limits, RequestHead};
