//! The function wrapper around module code, shared by the build script
//! (which compiles built-ins to bytecode) and the runtime (which compiles
//! user modules). The head shares the body's first line, so line numbers are
//! the file's own (QuickJS cannot number lines from 0); columns on line 1 are
//! shifted by the head's length, which `lib/internal/errors.js` takes back
//! out of stack traces.

/// Parameters of every built-in module's wrapper (`bootstrap` excepted).
pub const BUILTIN_PARAMS: &[&str] = &["exports", "require", "module", "binding"];
/// Parameters of the bootstrap wrapper.
pub const BOOTSTRAP_PARAMS: &[&str] = &["binding"];

/// `(function (<params>) { <body>\n})`, with a leading `#!` line blanked.
pub fn wrap<S: AsRef<str>>(params: &[S], body: &str) -> String {
    let body = strip_shebang(body);
    let mut source = String::with_capacity(body.len() + 80);
    source.push_str("(function (");
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            source.push_str(", ");
        }
        source.push_str(p.as_ref());
    }
    source.push_str(") { ");
    source.push_str(body);
    source.push_str("\n})");
    source
}

/// A `#!` line is allowed at the very start of a script; blank it out,
/// keeping the line so numbering stays the same.
fn strip_shebang(body: &str) -> &str {
    if body.starts_with("#!") {
        match body.find('\n') {
            Some(i) => &body[i..],
            None => "",
        }
    } else {
        body
    }
}
