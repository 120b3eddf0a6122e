//! Compiling source text: scripts and function wrappers, with the line
//! numbers the user sees in stack traces left exactly as in their file.

use rquickjs::{qjs, Ctx, Error, Function, Result, Value};

/// Evaluates `source` as a sloppy-mode global script named `filename`, whose
/// first line is numbered `first_line`.
pub fn eval_script<'js>(
    ctx: &Ctx<'js>,
    source: &str,
    filename: &str,
    first_line: i32,
) -> Result<Value<'js>> {
    // QuickJS wants NUL-terminated input; the length still bounds it, so a
    // NUL inside the source is parsed as a character, not an end.
    let mut input = Vec::with_capacity(source.len() + 1);
    input.extend_from_slice(source.as_bytes());
    input.push(0);
    let mut name = filename.as_bytes().to_vec();
    name.retain(|&b| b != 0);
    name.push(0);
    let mut options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as i32,
        eval_flags: qjs::JS_EVAL_TYPE_GLOBAL as i32,
        filename: name.as_ptr().cast(),
        line_num: first_line,
    };
    // SAFETY: `ctx` is a live context; `input` is NUL-terminated and
    // `source.len()` bytes long before the NUL; `name` is NUL-terminated and
    // outlives the call; `options` is initialised for version 1 of the struct.
    let raw = unsafe {
        qjs::JS_Eval2(
            ctx.as_raw().as_ptr(),
            input.as_ptr().cast(),
            source.len() as _,
            &mut options,
        )
    };
    // SAFETY: `raw` is a value just returned by the engine, so it is a bare
    // tag check on an initialised value.
    if unsafe { qjs::JS_IsException(raw) } {
        return Err(Error::Exception);
    }
    // SAFETY: `raw` is an owned value from this context's runtime, handed
    // over to the wrapper, which frees it once.
    Ok(unsafe { Value::from_raw(ctx.clone(), raw) })
}

/// Compiles `body` into a function taking `params`, like Node's
/// `vm.compileFunction`. Line numbers are the file's own: the wrapper's head
/// shares the body's first line (QuickJS cannot number from 0), so columns
/// on line 1 are shifted by `(function (<params joined by ", ">) { `; the
/// stack formatter in `lib/internal/errors.js` takes that back out.
pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    body: &str,
    filename: &str,
    params: &[String],
) -> Result<Function<'js>> {
    let mut source = String::with_capacity(body.len() + 64);
    source.push_str("(function (");
    source.push_str(&params.join(", "));
    source.push_str(") { ");
    source.push_str(strip_shebang(body));
    source.push_str("\n})");
    let value = eval_script(ctx, &source, filename, 1)?;
    value
        .into_function()
        .ok_or_else(|| Error::new_from_js("value", "function"))
}

/// A `#!` line is allowed at the very start of a script; blank it out (keeping
/// the line, so numbering stays the same).
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
