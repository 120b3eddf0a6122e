//! Any bytes as a request head: the parser returns a head, "need more" or
//! an error, and never panics; a parsed head's ranges lie inside the input
//! it consumed, and parsing a prefix never succeeds with more than it saw.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runtime_http::head::{parse_request_head, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_head_bytes: 4096,
        max_headers: 64,
    };
    if let Ok(Some((head, used))) = parse_request_head(data, &limits) {
        assert!(used <= data.len());
        assert!(head.method.end <= used && head.target.end <= used);
        for (name, value) in &head.headers {
            assert!(name.end <= used && value.end <= used);
        }
    }
    // Split delivery: a prefix may need more, but must not disagree.
    let cut = data.len() / 2;
    if let Ok(Some((_, used))) = parse_request_head(&data[..cut], &limits) {
        assert!(used <= cut);
    }
});
