//! Binding: the first file-system calls (read, write, exists, stat), sync and
//! on the thread pool. The `fs` module (`lib/fs.js`) shapes Node's API on
//! them; the streams-and-fs issue grows this into the full set.

use std::io;
use std::os::unix::fs::MetadataExt;
use std::rc::Weak;

use rquickjs::{Ctx, Function, Object, Persistent, Result, TypedArray, Value};

use crate::errno::{system_error, throw_system_error};
use crate::host::{upgrade, Host};

/// The numbers of a `fs.Stats`, in the order `lib/fs.js` expects.
fn stat_numbers(m: &std::fs::Metadata) -> Vec<f64> {
    vec![
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64 * 1000.0 + m.atime_nsec() as f64 / 1e6,
        m.mtime() as f64 * 1000.0 + m.mtime_nsec() as f64 / 1e6,
        m.ctime() as f64 * 1000.0 + m.ctime_nsec() as f64 / 1e6,
        m.ctime() as f64 * 1000.0 + m.ctime_nsec() as f64 / 1e6,
    ]
}

fn bytes<'js>(ctx: &Ctx<'js>, data: Vec<u8>) -> Result<Value<'js>> {
    Ok(TypedArray::<u8>::new(ctx.clone(), data)?.into_value())
}

/// Runs `work` on the pool and calls the JS `callback(err, value)` with its
/// outcome as a macrotask.
fn on_pool<T, W, C>(
    host: &Weak<Host>,
    callback: Function<'_>,
    syscall: &'static str,
    path: String,
    work: W,
    convert: C,
) -> Result<()>
where
    T: Send + 'static,
    W: FnOnce() -> io::Result<T> + Send + 'static,
    C: for<'js> FnOnce(&Ctx<'js>, T) -> Result<Value<'js>> + 'static,
{
    let h = upgrade(host)?;
    let ctx = callback.ctx().clone();
    let callback = Persistent::save(&ctx, callback);
    let weak = host.clone();
    h.event_loop.spawn_blocking(work, move |_, outcome| {
        let Some(host) = weak.upgrade() else { return };
        host.macrotask(move |ctx, _| {
            let cb = callback.restore(ctx)?;
            match outcome {
                Ok(v) => cb.call((Value::new_null(ctx.clone()), convert(ctx, v)?)),
                Err(e) => cb.call((system_error(ctx, &e, syscall, Some(&path), None)?,)),
            }
        });
    });
    Ok(())
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let f = Object::new(ctx.clone())?;
    f.set(
        "readFileUtf8",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String| -> Result<String> {
                std::fs::read(&path)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .map_err(|e| throw_system_error(&ctx, &e, "open", Some(&path), None))
            },
        )?,
    )?;
    f.set(
        "readFile",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String| -> Result<Value<'js>> {
                let data = std::fs::read(&path)
                    .map_err(|e| throw_system_error(&ctx, &e, "open", Some(&path), None))?;
                bytes(&ctx, data)
            },
        )?,
    )?;
    f.set(
        "writeFile",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String, data: Value<'js>, append: bool| -> Result<()> {
                let raw: Vec<u8> = if let Some(s) = data.as_string() {
                    s.to_string()?.into_bytes()
                } else {
                    let array = TypedArray::<u8>::from_value(data)?;
                    // SAFETY: the slice is copied out at once; no JavaScript
                    // runs while it is borrowed.
                    unsafe { array.as_bytes() }
                        .map(<[u8]>::to_vec)
                        .unwrap_or_default()
                };
                let result = if append {
                    use std::io::Write;
                    std::fs::OpenOptions::new()
                        .append(true)
                        .create(true)
                        .open(&path)
                        .and_then(|mut file| file.write_all(&raw))
                } else {
                    std::fs::write(&path, raw)
                };
                result.map_err(|e| throw_system_error(&ctx, &e, "open", Some(&path), None))
            },
        )?,
    )?;
    f.set(
        "realpath",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String| -> Result<String> {
                std::fs::canonicalize(&path)
                    .map(|p| p.to_string_lossy().into_owned())
                    .map_err(|e| throw_system_error(&ctx, &e, "realpath", Some(&path), None))
            },
        )?,
    )?;
    f.set(
        "utf8Decode",
        Function::new(ctx.clone(), |data: TypedArray<'js, u8>| -> String {
            // SAFETY: the slice is copied out before any JavaScript runs.
            let bytes = unsafe { data.as_bytes() }.unwrap_or_default();
            String::from_utf8_lossy(bytes).into_owned()
        })?,
    )?;
    f.set(
        "exists",
        Function::new(ctx.clone(), |path: String| std::fs::metadata(path).is_ok())?,
    )?;
    f.set(
        "stat",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String| -> Result<Vec<f64>> {
                std::fs::metadata(&path)
                    .map(|m| stat_numbers(&m))
                    .map_err(|e| throw_system_error(&ctx, &e, "stat", Some(&path), None))
            },
        )?,
    )?;
    let h = host.clone();
    f.set(
        "readFileAsync",
        Function::new(
            ctx.clone(),
            move |path: String, cb: Function<'js>| -> Result<()> {
                let p = path.clone();
                on_pool(&h, cb, "open", path, move || std::fs::read(p), bytes)
            },
        )?,
    )?;
    let h = host.clone();
    f.set(
        "statAsync",
        Function::new(
            ctx.clone(),
            move |path: String, cb: Function<'js>| -> Result<()> {
                let p = path.clone();
                on_pool(
                    &h,
                    cb,
                    "stat",
                    path,
                    move || std::fs::metadata(p).map(|m| stat_numbers(&m)),
                    |ctx, nums| {
                        use rquickjs::IntoJs;
                        nums.into_js(ctx)
                    },
                )
            },
        )?,
    )?;
    binding.set("fs", f)?;
    Ok(())
}
