//! Binding: conversions between strings and bytes in Node's encodings
//! (utf8, hex, base64, base64url, latin1, ascii, utf16le), for `Buffer`,
//! `TextEncoder`/`TextDecoder` and `string_decoder`. JavaScript normalises
//! encoding names before calling in; hot paths stay in Rust.

use rquickjs::{qjs, Ctx, Error, Function, Object, Result, TypedArray, Value};

#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Hex,
    Base64,
    Base64Url,
    Latin1,
    Ascii,
    Utf16le,
}

fn encoding(name: &str) -> Result<Encoding> {
    Ok(match name {
        "utf8" => Encoding::Utf8,
        "hex" => Encoding::Hex,
        "base64" => Encoding::Base64,
        "base64url" => Encoding::Base64Url,
        "latin1" => Encoding::Latin1,
        "ascii" => Encoding::Ascii,
        "utf16le" => Encoding::Utf16le,
        _ => return Err(Error::new_from_js("string", "encoding")),
    })
}

/// A JS string as UTF-16 code units (lone surrogates kept).
fn utf16(ctx: &Ctx<'_>, value: &Value<'_>) -> Result<Vec<u16>> {
    let mut len = 0;
    // SAFETY: `ctx` is live and `value` belongs to it; on success the engine
    // returns `len` u16s that we copy out and then free with the matching
    // function.
    unsafe {
        let ptr = qjs::JS_ToCStringLenUTF16(ctx.as_raw().as_ptr(), &mut len, value.as_raw());
        if ptr.is_null() {
            return Err(Error::Exception);
        }
        let units = std::slice::from_raw_parts(ptr, len as usize).to_vec();
        qjs::JS_FreeCStringUTF16(ctx.as_raw().as_ptr(), ptr);
        Ok(units)
    }
}

/// A JS string from UTF-16 code units (which may hold lone surrogates).
fn from_utf16<'js>(ctx: &Ctx<'js>, units: &[u16]) -> Result<Value<'js>> {
    // SAFETY: `units` is valid for `len` reads; the engine copies them.
    let raw =
        unsafe { qjs::JS_NewStringUTF16(ctx.as_raw().as_ptr(), units.as_ptr(), units.len() as _) };
    // SAFETY: tag check on a value the engine just returned.
    if unsafe { qjs::JS_IsException(raw) } {
        return Err(Error::Exception);
    }
    // SAFETY: `raw` is an owned value from this context's runtime.
    Ok(unsafe { Value::from_raw(ctx.clone(), raw) })
}

/// Runs `f` on the engine's UTF-8 rendering of a string, in which lone
/// surrogates appear as 3-byte `ED A0..BF xx` sequences (WTF-8). For an
/// ASCII string this borrows the engine's own bytes: no copy.
fn with_wtf8<T>(ctx: &Ctx<'_>, value: &Value<'_>, f: impl FnOnce(&[u8]) -> T) -> Result<T> {
    let mut len = 0;
    // SAFETY: `ctx` is live and `value` belongs to it; the returned buffer
    // holds `len` bytes until JS_FreeCString, and `f` runs no JavaScript.
    unsafe {
        let ptr = qjs::JS_ToCStringLen2(ctx.as_raw().as_ptr(), &mut len, value.as_raw(), false);
        if ptr.is_null() {
            return Err(Error::Exception);
        }
        let out = f(std::slice::from_raw_parts(ptr.cast::<u8>(), len as usize));
        qjs::JS_FreeCString(ctx.as_raw().as_ptr(), ptr);
        Ok(out)
    }
}

/// Whether WTF-8 bytes hold a lone surrogate (not valid UTF-8).
fn has_surrogate(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w[0] == 0xed && w[1] >= 0xa0)
}

/// UTF-8 of a string, lone surrogates becoming U+FFFD as in Node.
fn utf8_bytes(ctx: &Ctx<'_>, value: &Value<'_>) -> Result<Vec<u8>> {
    let fast = with_wtf8(ctx, value, |b| (!has_surrogate(b)).then(|| b.to_vec()))?;
    if let Some(bytes) = fast {
        return Ok(bytes);
    }
    let units = utf16(ctx, value)?;
    let mut out = Vec::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    Ok(out)
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Node's hex decoding: pairs until the first invalid one. Works on the
/// string's UTF-8: any non-ASCII character is invalid either way.
fn hex_decode(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => break,
        }
    }
    out
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 digit values of both alphabets; 255 for anything else.
const B64_VALUES: [u8; 256] = {
    let mut t = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        t[B64URL[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Node's forgiving base64 (either alphabet): other characters are skipped,
/// and decoding stops at the first `=`. Works on the string's UTF-8, whose
/// non-ASCII bytes are skipped like the characters they encode.
fn base64_decode(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut n) = (0u32, 0);
    for &c in text {
        if c == b'=' {
            break;
        }
        let v = B64_VALUES[usize::from(c)];
        if v == 255 {
            continue;
        }
        acc = acc << 6 | u32::from(v);
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            n = 0;
        }
    }
    match n {
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    out
}

fn base64_encode(data: &[u8], url: bool) -> String {
    let table = if url { B64URL } else { B64 };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    let mut chunks = data.chunks_exact(3);
    for c in &mut chunks {
        let v = u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2]);
        out.extend_from_slice(&[
            table[(v >> 18) as usize],
            table[(v >> 12 & 63) as usize],
            table[(v >> 6 & 63) as usize],
            table[(v & 63) as usize],
        ]);
    }
    match *chunks.remainder() {
        [a] => {
            let v = u32::from(a) << 16;
            out.extend_from_slice(&[table[(v >> 18) as usize], table[(v >> 12 & 63) as usize]]);
            if !url {
                out.extend_from_slice(b"==");
            }
        }
        [a, b] => {
            let v = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend_from_slice(&[
                table[(v >> 18) as usize],
                table[(v >> 12 & 63) as usize],
                table[(v >> 6 & 63) as usize],
            ]);
            if !url {
                out.push(b'=');
            }
        }
        _ => {}
    }
    // Base64 digits are ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// The bytes `string` encodes to.
fn encode(ctx: &Ctx<'_>, string: &Value<'_>, enc: Encoding) -> Result<Vec<u8>> {
    Ok(match enc {
        Encoding::Utf8 => utf8_bytes(ctx, string)?,
        Encoding::Hex => with_wtf8(ctx, string, hex_decode)?,
        Encoding::Base64 | Encoding::Base64Url => with_wtf8(ctx, string, base64_decode)?,
        Encoding::Latin1 | Encoding::Ascii => {
            utf16(ctx, string)?.iter().map(|&u| u as u8).collect()
        }
        Encoding::Utf16le => utf16(ctx, string)?
            .iter()
            .flat_map(|u| u.to_le_bytes())
            .collect(),
    })
}

/// The string `bytes` decode to.
fn decode<'js>(ctx: &Ctx<'js>, bytes: &[u8], enc: Encoding) -> Result<Value<'js>> {
    let text = match enc {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut s = Vec::with_capacity(bytes.len() * 2);
            for &b in bytes {
                s.push(DIGITS[usize::from(b >> 4)]);
                s.push(DIGITS[usize::from(b & 15)]);
            }
            // Hex digits are ASCII.
            String::from_utf8(s).unwrap_or_default()
        }
        Encoding::Base64 => base64_encode(bytes, false),
        Encoding::Base64Url => base64_encode(bytes, true),
        Encoding::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
        Encoding::Ascii => bytes.iter().map(|&b| char::from(b & 0x7f)).collect(),
        Encoding::Utf16le => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            return from_utf16(ctx, &units);
        }
    };
    rquickjs::String::from_str(ctx.clone(), &text).map(|s| s.into_value())
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let b = Object::new(ctx.clone())?;
    b.set(
        "byteLength",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, s: Value<'js>, enc: String| -> Result<f64> {
                let enc = encoding(&enc)?;
                Ok(match enc {
                    Encoding::Latin1 | Encoding::Ascii => utf16(&ctx, &s)?.len(),
                    Encoding::Utf16le => utf16(&ctx, &s)?.len() * 2,
                    Encoding::Hex => utf16(&ctx, &s)?.len() / 2,
                    Encoding::Base64 | Encoding::Base64Url => {
                        let units = utf16(&ctx, &s)?;
                        let mut len = units.len();
                        // Node: up to two trailing '=' don't count.
                        for _ in 0..2 {
                            if len > 0 && units[len - 1] == u16::from(b'=') {
                                len -= 1;
                            }
                        }
                        len * 3 / 4
                    }
                    Encoding::Utf8 => utf8_bytes(&ctx, &s)?.len(),
                } as f64)
            },
        )?,
    )?;
    b.set(
        "write",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             target: TypedArray<'js, u8>,
             s: Value<'js>,
             offset: usize,
             max: usize,
             enc: String|
             -> Result<f64> {
                let enc = encoding(&enc)?;
                let bytes = encode(&ctx, &s, enc)?;
                let Some(raw) = target.as_raw() else {
                    return Ok(0.0);
                };
                let room = raw.len().saturating_sub(offset).min(max);
                let mut n = bytes.len().min(room);
                if n < bytes.len() {
                    // Never write part of a character.
                    match enc {
                        Encoding::Utf8 => {
                            while n > 0 && bytes[n] & 0xc0 == 0x80 {
                                n -= 1;
                            }
                        }
                        Encoding::Utf16le => n &= !1,
                        _ => {}
                    }
                }
                // SAFETY: `raw` is the live backing store of `target` (no JS
                // has run since `as_raw`), and `offset + n <= raw.len()`.
                unsafe {
                    let dst = raw.as_ptr().cast::<u8>().add(offset);
                    std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, n);
                }
                Ok(n as f64)
            },
        )?,
    )?;
    b.set(
        "toString",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             src: TypedArray<'js, u8>,
             start: usize,
             end: usize,
             enc: String|
             -> Result<Value<'js>> {
                let enc = encoding(&enc)?;
                // SAFETY: the bytes are only read while decoding, and no
                // JavaScript runs before `decode` is done with them; `src`
                // keeps its buffer alive meanwhile.
                let all = unsafe { src.as_bytes() }.unwrap_or_default();
                let end = end.min(all.len());
                decode(&ctx, &all[start.min(end)..end], enc)
            },
        )?,
    )?;
    b.set(
        "fromString",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, s: Value<'js>, enc: String| -> Result<TypedArray<'js, u8>> {
                let enc = encoding(&enc)?;
                TypedArray::new(ctx.clone(), encode(&ctx, &s, enc)?)
            },
        )?,
    )?;
    b.set(
        "isUtf8",
        Function::new(ctx.clone(), |src: TypedArray<'js, u8>| -> bool {
            // SAFETY: the slice is only read before any JavaScript runs.
            std::str::from_utf8(unsafe { src.as_bytes() }.unwrap_or_default()).is_ok()
        })?,
    )?;
    b.set(
        "compare",
        Function::new(
            ctx.clone(),
            |a: TypedArray<'js, u8>, b: TypedArray<'js, u8>| -> i32 {
                // SAFETY: both slices are only read before any JavaScript runs.
                let (a, b) = unsafe {
                    (
                        a.as_bytes().unwrap_or_default(),
                        b.as_bytes().unwrap_or_default(),
                    )
                };
                a.cmp(b) as i32
            },
        )?,
    )?;
    b.set(
        "indexOf",
        Function::new(
            ctx.clone(),
            |hay: TypedArray<'js, u8>, needle: TypedArray<'js, u8>, from: f64, last: bool| -> f64 {
                // SAFETY: both slices are only read before any JavaScript runs.
                let (hay, needle) = unsafe {
                    (
                        hay.as_bytes().unwrap_or_default(),
                        needle.as_bytes().unwrap_or_default(),
                    )
                };
                find(hay, needle, from, last).map_or(-1.0, |i| i as f64)
            },
        )?,
    )?;
    binding.set("buffer", b)?;
    Ok(())
}

/// First (or, with `last`, final) position of `needle` in `hay` at or after
/// (before) `from`, like Buffer#indexOf / lastIndexOf.
fn find(hay: &[u8], needle: &[u8], from: f64, last: bool) -> Option<usize> {
    let len = hay.len() as f64;
    let mut start = if from < 0.0 {
        (len + from).max(0.0)
    } else {
        from.min(len)
    } as usize;
    if needle.is_empty() {
        return Some(start.min(hay.len()));
    }
    if needle.len() > hay.len() {
        return None;
    }
    let max_start = hay.len() - needle.len();
    if last {
        start = start.min(max_start);
        (0..=start)
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        if start > max_start {
            return None;
        }
        let first = needle[0];
        (start..=max_start).find(|&i| hay[i] == first && &hay[i..i + needle.len()] == needle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip_and_forgiveness() {
        assert_eq!(base64_encode(b"hello", false), "aGVsbG8=");
        assert_eq!(base64_encode(b"hello", true), "aGVsbG8");
        assert_eq!(base64_decode(b"aGVs bG8="), b"hello");
        assert_eq!(base64_decode(b"aGVsbG8"), b"hello");
        assert_eq!(
            base64_decode("aG\u{e9}Vs".as_bytes()),
            base64_decode(b"aGVs")
        );
        assert_eq!(base64_decode(b"_-8"), vec![0xff, 0xef]);
    }

    #[test]
    fn hex_stops_at_first_bad_pair() {
        assert_eq!(hex_decode(b"abzz12"), vec![0xab]);
        assert_eq!(hex_decode(b"0102f"), vec![1, 2]);
    }

    #[test]
    fn lone_surrogates_are_spotted_in_wtf8() {
        assert!(has_surrogate(&[0x61, 0xed, 0xa0, 0x80]));
        assert!(!has_surrogate("h\u{e9}llo \u{1f600}".as_bytes()));
    }

    #[test]
    fn find_forward_and_backward() {
        assert_eq!(find(b"abcabc", b"bc", 0.0, false), Some(1));
        assert_eq!(find(b"abcabc", b"bc", 2.0, false), Some(4));
        assert_eq!(find(b"abcabc", b"bc", 6.0, true), Some(4));
        assert_eq!(find(b"abcabc", b"bc", -3.0, false), Some(4));
        assert_eq!(find(b"abc", b"", 1.0, false), Some(1));
        assert_eq!(find(b"abc", b"zz", 0.0, false), None);
    }
}
