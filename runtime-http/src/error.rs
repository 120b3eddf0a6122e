//! Why a request is rejected, and the status code that says so.

use std::fmt;

/// A request the server must refuse. Small and `Copy`, like
/// `httparse::Error`: callers match on it and answer [`HttpError::status`],
/// then close the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpError {
    /// The request line or a header is not valid HTTP/1.1 syntax.
    Syntax,
    /// A line ends in a bare CR or LF, or a header is folded (obs-fold).
    LineEnding,
    /// The HTTP version is not 1.0 or 1.1.
    Version,
    /// Content-Length is malformed, or given twice with different values.
    ContentLength,
    /// Transfer-Encoding is not a list ending in `chunked`, or is mangled.
    TransferEncoding,
    /// Both Content-Length and Transfer-Encoding are present
    /// (`transfer_encoding_last`: which of them came second, which Node's
    /// error code and message name).
    ConflictingFraming { transfer_encoding_last: bool },
    /// An HTTP/1.1 request without exactly one valid Host header.
    Host,
    /// The head is larger than the header-size limit.
    HeadTooLarge,
    /// More header fields than the limit allows.
    TooManyHeaders,
    /// A chunk-size line is malformed (size, extension or line ending).
    ChunkSize,
    /// A chunk extension is longer than the limit.
    ChunkExtensionTooLarge,
    /// The head or body did not arrive in time (headers or request timeout).
    Timeout,
}

impl HttpError {
    /// The status code to respond with before closing the connection:
    /// Node's (400 unless a limit or timeout says otherwise; a bad or
    /// unsupported version is 400 too, as llhttp rejects it).
    pub fn status(self) -> u16 {
        match self {
            HttpError::HeadTooLarge | HttpError::TooManyHeaders => 431,
            HttpError::ChunkExtensionTooLarge => 413,
            HttpError::Timeout => 408,
            _ => 400,
        }
    }

    /// Node's name for the parse error (the `code` on `clientError`).
    pub fn code(self) -> &'static str {
        match self {
            HttpError::Syntax => "HPE_INVALID_HEADER_TOKEN",
            HttpError::LineEnding => "HPE_LF_EXPECTED",
            HttpError::Version => "HPE_INVALID_VERSION",
            HttpError::ContentLength => "HPE_INVALID_CONTENT_LENGTH",
            HttpError::TransferEncoding => "HPE_INVALID_TRANSFER_ENCODING",
            HttpError::ConflictingFraming {
                transfer_encoding_last: true,
            } => "HPE_INVALID_TRANSFER_ENCODING",
            HttpError::ConflictingFraming {
                transfer_encoding_last: false,
            } => "HPE_INVALID_CONTENT_LENGTH",
            HttpError::Host => "HPE_INVALID_HEADER_TOKEN",
            HttpError::HeadTooLarge | HttpError::TooManyHeaders => "HPE_HEADER_OVERFLOW",
            HttpError::ChunkSize => "HPE_INVALID_CHUNK_SIZE",
            HttpError::ChunkExtensionTooLarge => "HPE_CHUNK_EXTENSIONS_OVERFLOW",
            HttpError::Timeout => "ERR_HTTP_REQUEST_TIMEOUT",
        }
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            HttpError::Syntax => "invalid request syntax",
            HttpError::LineEnding => "bare CR or LF, or a folded header line",
            HttpError::Version => "unsupported HTTP version",
            HttpError::ContentLength => "invalid Content-Length",
            HttpError::TransferEncoding => "invalid Transfer-Encoding",
            HttpError::ConflictingFraming {
                transfer_encoding_last: true,
            } => "Transfer-Encoding can't be present with Content-Length",
            HttpError::ConflictingFraming {
                transfer_encoding_last: false,
            } => "Content-Length can't be present with Transfer-Encoding",
            HttpError::Host => "missing, repeated or invalid Host",
            HttpError::HeadTooLarge => "request head too large",
            HttpError::TooManyHeaders => "too many header fields",
            HttpError::ChunkSize => "invalid chunk size line",
            HttpError::ChunkExtensionTooLarge => "chunk extension too large",
            HttpError::Timeout => "request not received in time",
        };
        f.write_str(text)
    }
}

impl std::error::Error for HttpError {}
