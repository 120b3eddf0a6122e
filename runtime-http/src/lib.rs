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
//! On top: [`server::Server`] accepts connections, and each
//! [`conn::Connection`] (a runtime-core `Source`) reads requests one at a
//! time (pipelined bytes wait their turn), hands them to a [`conn::Handler`]
//! and writes its responses with Content-Length or chunked framing,
//! keep-alive and a cached `Date`, under Node's [`timeouts::Timeouts`]
//! (idle keep-alive, headers, request).
//!
//! `fuzz/` holds cargo-fuzz targets for the head parser and the chunked
//! decoder (`cargo +nightly fuzz run request_head`, `... run chunked`).
//!
//! The application controls the flow both ways
//! ([`Connection::pause_reading`], [`Connection::pending_output`] and
//! [`Handler::on_drain`]) and may take a connection out of HTTP after an
//! Upgrade or CONNECT request ([`Connection::upgrade`]).
//!
//! Still to come: the client.

mod body;
pub mod chunked;
pub mod conn;
mod conn_timeouts;
mod error;
mod flow;
pub mod handler;
pub mod head;
mod idle;
mod output;
mod request_line;
pub mod response;
pub mod server;
pub mod timeouts;

pub use conn::Connection;
pub use error::HttpError;
pub use handler::{Handler, Request};
pub use head::{BodyKind, Limits, RequestHead};
pub use server::Server;
pub use timeouts::Timeouts;
