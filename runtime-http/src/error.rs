//! Why a request is rejected, and the status code that says so.

use std::fmt;

/// A request the server must refuse. Small and `Copy`, like
/// `httparse::Error`: callers match on it and answer [`HttpError::status`],
/// then close the connection. The variants follow the cases Node's parser
/// (llhttp) tells apart, so that [`HttpError::code`] and the `Display` text
/// are the code and reason Node gives for the same input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpError {
    /// The method is not one Node knows (`http.METHODS`; case-sensitive).
    Method,
    /// The request target is empty or has a byte that is not allowed.
    Url,
    /// The request line does not go on with `HTTP/` after the target.
    Constant,
    /// The HTTP version is not 1.0 or 1.1, or the line goes on after it.
    Version,
    /// A header name is not a token (or a space comes before the colon).
    Syntax,
    /// A header value has a control character.
    HeaderValue,
    /// A header line starts with whitespace (obs-fold).
    Folded,
    /// A line ends in a bare CR or LF.
    LineEnding,
    /// Content-Length is empty.
    EmptyContentLength,
    /// Content-Length is larger than a 64-bit count.
    ContentLengthOverflow,
    /// Content-Length has something other than digits (`+5`, `1, 1`...).
    ContentLength,
    /// Content-Length is given more than once (even with equal values).
    DuplicateContentLength,
    /// Transfer-Encoding is malformed, or `chunked` is not its last coding.
    TransferEncoding,
    /// Transfer-Encoding names no `chunked` at all (a request body with no
    /// length to read it by).
    TransferEncodingNotChunked,
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
            HttpError::Method => "HPE_INVALID_METHOD",
            HttpError::Url => "HPE_INVALID_URL",
            HttpError::Constant => "HPE_INVALID_CONSTANT",
            HttpError::Version => "HPE_INVALID_VERSION",
            HttpError::Syntax | HttpError::HeaderValue | HttpError::Folded | HttpError::Host => {
                "HPE_INVALID_HEADER_TOKEN"
            }
            HttpError::LineEnding => "HPE_LF_EXPECTED",
            HttpError::EmptyContentLength
            | HttpError::ContentLengthOverflow
            | HttpError::ContentLength => "HPE_INVALID_CONTENT_LENGTH",
            HttpError::DuplicateContentLength => "HPE_UNEXPECTED_CONTENT_LENGTH",
            HttpError::TransferEncoding | HttpError::TransferEncodingNotChunked => {
                "HPE_INVALID_TRANSFER_ENCODING"
            }
            HttpError::ConflictingFraming {
                transfer_encoding_last: true,
            } => "HPE_INVALID_TRANSFER_ENCODING",
            HttpError::ConflictingFraming {
                transfer_encoding_last: false,
            } => "HPE_INVALID_CONTENT_LENGTH",
            HttpError::HeadTooLarge | HttpError::TooManyHeaders => "HPE_HEADER_OVERFLOW",
            HttpError::ChunkSize => "HPE_INVALID_CHUNK_SIZE",
            HttpError::ChunkExtensionTooLarge => "HPE_CHUNK_EXTENSIONS_OVERFLOW",
            HttpError::Timeout => "ERR_HTTP_REQUEST_TIMEOUT",
        }
    }
}

/// The reason, as Node words it (its `clientError` message is
/// `Parse Error: ` and this). The Host rule is ours alone (Node accepts a
/// missing or repeated Host).
impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            HttpError::Method => "Invalid method encountered",
            HttpError::Url => "Invalid char in url path",
            HttpError::Constant => "Expected HTTP/, RTSP/ or ICE/",
            HttpError::Version => "Invalid HTTP version",
            HttpError::Syntax => "Invalid header token",
            HttpError::HeaderValue => "Invalid header value char",
            HttpError::Folded => "Unexpected whitespace after header value",
            HttpError::LineEnding => "Missing expected LF after header value",
            HttpError::EmptyContentLength => "Empty Content-Length",
            HttpError::ContentLengthOverflow => "Content-Length overflow",
            HttpError::ContentLength => "Invalid character in Content-Length",
            HttpError::DuplicateContentLength => "Duplicate Content-Length",
            HttpError::TransferEncoding => "Invalid `Transfer-Encoding` header value",
            HttpError::TransferEncodingNotChunked => "Request has invalid `Transfer-Encoding`",
            HttpError::ConflictingFraming {
                transfer_encoding_last: true,
            } => "Transfer-Encoding can't be present with Content-Length",
            HttpError::ConflictingFraming {
                transfer_encoding_last: false,
            } => "Content-Length can't be present with Transfer-Encoding",
            HttpError::Host => "Missing, repeated or invalid Host header",
            HttpError::HeadTooLarge | HttpError::TooManyHeaders => "Header overflow",
            HttpError::ChunkSize => "Invalid character in chunk size",
            HttpError::ChunkExtensionTooLarge => "Chunk extensions overflow",
            HttpError::Timeout => "Request timeout",
        };
        f.write_str(text)
    }
}

impl std::error::Error for HttpError {}
