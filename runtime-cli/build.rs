//! Embeds the JavaScript built-ins of `lib/` into the binary, compiled to
//! QuickJS bytecode here so the runtime never parses them at startup. The
//! generated table maps module id → its bytecode's range in one blob. The bytecode keeps line
//! numbers (for stack traces) but not source text: QuickJS stores a copy
//! of its source with every function, which tripled the embedded size and
//! the resident memory of every run; built-in functions' `toString()` reads
//! `[native code]` instead, as engine built-ins do.
//!
//! A syntax error in a built-in fails the build, naming file and line.

#[path = "src/wrapper.rs"]
#[allow(dead_code)]
mod wrapper;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use rquickjs::{qjs, Context, Runtime};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
            out.push((id, path));
        }
    }
}

/// Compiles the wrapped module to bytecode, or returns the error text.
fn compile(context: &Context, id: &str, body: &str) -> Result<Vec<u8>, String> {
    let params = if id == "internal/bootstrap" {
        wrapper::BOOTSTRAP_PARAMS
    } else {
        wrapper::BUILTIN_PARAMS
    };
    let mut source = wrapper::wrap(params, body).into_bytes();
    let len = source.len();
    source.push(0);
    let filename = format!("node:{id}\0");
    context.with(|ctx| {
        let raw = ctx.as_raw().as_ptr();
        let mut options = qjs::JSEvalOptions {
            version: qjs::JS_EVAL_OPTIONS_VERSION as i32,
            eval_flags: (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32,
            filename: filename.as_ptr().cast(),
            line_num: 1,
        };
        // SAFETY: `raw` is a live context; `source` is NUL-terminated after
        // `len` bytes; `filename` is NUL-terminated; both outlive the call.
        let func = unsafe { qjs::JS_Eval2(raw, source.as_ptr().cast(), len as _, &mut options) };
        // SAFETY: tag check on a value the engine just returned.
        if unsafe { qjs::JS_IsException(func) } {
            let err = ctx.catch();
            let text = err
                .as_object()
                .and_then(|o| {
                    let msg: Option<String> = o.get("message").ok();
                    let stack: Option<String> = o.get("stack").ok();
                    msg.map(|m| format!("{m}\n{}", stack.unwrap_or_default()))
                })
                .unwrap_or_else(|| "unknown error".into());
            return Err(text);
        }
        let mut size = 0;
        // SAFETY: `func` is a compiled function owned here; `size` is valid
        // for writes. The returned buffer is freed with js_free below.
        let buf = unsafe {
            qjs::JS_WriteObject(
                raw,
                &mut size,
                func,
                (qjs::JS_WRITE_OBJ_BYTECODE | qjs::JS_WRITE_OBJ_STRIP_SOURCE) as i32,
            )
        };
        // SAFETY: `func` is owned and not used after this.
        unsafe { qjs::JS_FreeValue(raw, func) };
        if buf.is_null() {
            return Err("cannot serialise bytecode".into());
        }
        // SAFETY: the engine returned `size` initialised bytes at `buf`.
        let bytes = unsafe { std::slice::from_raw_parts(buf, size as usize) }.to_vec();
        // SAFETY: `buf` came from the engine's allocator for this context.
        unsafe { qjs::js_free(raw, buf.cast()) };
        Ok(bytes)
    })
}

/// The built-ins bootstrap loads before any user code, in load order.
const STARTUP: &[&str] = &[
    "internal/bootstrap",
    "internal/errors",
    "internal/process/object",
    "internal/events/capture",
    "events",
    "internal/process/signals",
    "internal/util/shapes",
    "internal/timers",
    "internal/process/task_queues",
    "internal/process/execution",
    "internal/modules/cjs",
    "internal/path/shared",
    "path",
    "internal/modules/package_json",
    "console",
    "internal/process/stdio_state",
];

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("lib");
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_default());
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/wrapper.rs");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let runtime = Runtime::new().unwrap_or_else(|e| panic!("QuickJS runtime: {e}"));
    let context = Context::full(&runtime).unwrap_or_else(|e| panic!("QuickJS context: {e}"));
    let mut compiled = Vec::new();
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let body = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let bytecode = compile(&context, id, &body)
            .unwrap_or_else(|e| panic!("lib/{id}.js does not compile: {e}"));
        compiled.push((id.clone(), bytecode));
    }
    // One blob, the modules every run loads first and together: the kernel
    // maps file pages around each one touched, so scattering them through
    // the blob would make most of it resident for a one-line script.
    for id in STARTUP {
        assert!(
            compiled.iter().any(|(c, _)| c == id),
            "build.rs STARTUP names lib/{id}.js, which does not exist"
        );
    }
    let rank = |id: &str| {
        STARTUP
            .iter()
            .position(|s| *s == id)
            .unwrap_or(STARTUP.len())
    };
    let mut order: Vec<usize> = (0..compiled.len()).collect();
    order.sort_by_key(|&i| rank(&compiled[i].0));
    let mut blob = Vec::new();
    let mut ranges = vec![(0, 0); compiled.len()];
    for &i in &order {
        let start = blob.len();
        blob.extend_from_slice(&compiled[i].1);
        ranges[i] = (start, blob.len());
    }
    let blob_path = out_dir.join("builtins.qbc");
    fs::write(&blob_path, &blob)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", blob_path.display()));
    let mut table = format!(
        "static BLOB: &[u8] = include_bytes!({:?});\n\
         /// (module id, byte range of its bytecode in BLOB), sorted by id.\n\
         static BUILTINS: &[(&str, usize, usize)] = &[\n",
        blob_path.display().to_string()
    );
    for ((id, _), (start, end)) in compiled.iter().zip(&ranges) {
        let _ = writeln!(table, "    ({id:?}, {start}, {end}),");
    }
    table.push_str("];\n");
    let out = out_dir.join("builtins_table.rs");
    if let Err(err) = fs::write(&out, table) {
        panic!("cannot write {}: {err}", out.display());
    }
}
