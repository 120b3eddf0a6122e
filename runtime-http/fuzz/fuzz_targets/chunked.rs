//! Any bytes as a chunked body, whole or in two pieces: the decoder never
//! panics, never claims more input than it was given, and yields the same
//! body bytes however the input is split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runtime_http::chunked::ChunkedDecoder;

fn run(pieces: &[&[u8]]) -> (Vec<u8>, Option<bool>) {
    let mut dec = ChunkedDecoder::default();
    let mut body = Vec::new();
    for piece in pieces {
        match dec.decode(piece, |b| body.extend_from_slice(b)) {
            Ok(p) => {
                assert!(p.consumed <= piece.len());
                if p.done {
                    return (body, Some(true));
                }
                assert_eq!(p.consumed, piece.len());
            }
            Err(_) => return (body, Some(false)),
        }
    }
    (body, None)
}

fuzz_target!(|data: &[u8]| {
    let (whole, end_whole) = run(&[data]);
    let cut = data.first().map_or(0, |b| *b as usize % (data.len() + 1));
    let (split, end_split) = run(&[&data[..cut], &data[cut..]]);
    assert_eq!(end_whole, end_split);
    if end_whole == Some(true) {
        assert_eq!(whole, split);
    }
});
