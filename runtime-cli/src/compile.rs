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
/// `vm.compileFunction`, inside the wrapper of [`crate::wrapper::wrap`].
pub fn compile_function<'js, S: AsRef<str>>(
    ctx: &Ctx<'js>,
    body: &str,
    filename: &str,
    params: &[S],
) -> Result<Function<'js>> {
    let source = crate::wrapper::wrap(params, body);
    let value = eval_script(ctx, &source, filename, 1)?;
    value
        .into_function()
        .ok_or_else(|| Error::new_from_js("value", "function"))
}

/// Loads a wrapper function compiled to bytecode by the build script.
pub fn load_function<'js>(ctx: &Ctx<'js>, bytecode: &[u8]) -> Result<Function<'js>> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `raw` is a live context; `bytecode` is valid for reads of its
    // length and was written by JS_WriteObject of the same engine build.
    let obj = unsafe {
        qjs::JS_ReadObject(
            raw,
            bytecode.as_ptr(),
            bytecode.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        )
    };
    // SAFETY: tag check on a value the engine just returned.
    if unsafe { qjs::JS_IsException(obj) } {
        return Err(Error::Exception);
    }
    // SAFETY: JS_EvalFunction takes ownership of `obj` (a compiled script)
    // and returns the script's completion value: the wrapper function.
    let value = unsafe { qjs::JS_EvalFunction(raw, obj) };
    // SAFETY: as above.
    if unsafe { qjs::JS_IsException(value) } {
        return Err(Error::Exception);
    }
    // SAFETY: `value` is owned and from this context's runtime.
    let value = unsafe { Value::from_raw(ctx.clone(), value) };
    value
        .into_function()
        .ok_or_else(|| Error::new_from_js("value", "function"))
}
