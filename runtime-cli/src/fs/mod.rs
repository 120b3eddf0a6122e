//! Binding: file-system calls for `lib/fs.js`. `sync(op, ...args)` runs an
//! operation of `fs_ops` on the loop thread; `async(op, callback, ...args)`
//! runs it on the thread pool and calls `callback(err, value)` as a
//! macrotask. A few older single-purpose helpers remain for the module
//! loaders.

use std::io;
use std::os::unix::fs::MetadataExt;
use std::rc::Weak;

use rquickjs::function::Rest;
use rquickjs::{Ctx, Function, IntoJs, Object, Persistent, Result, TypedArray, Value};

mod ops;
mod sys;
mod watch;

use ops::{Failure, Out, Req};

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

fn arg<'js, T: rquickjs::FromJs<'js>>(args: &[Value<'js>], i: usize) -> Result<T> {
    let v = args
        .get(i)
        .cloned()
        .unwrap_or_else(|| Value::new_undefined(args[0].ctx().clone()));
    v.get()
}

fn opt_position(args: &[Value<'_>], i: usize) -> Result<Option<u64>> {
    match args.get(i) {
        Some(v) if v.is_number() => {
            let p: f64 = v.get()?;
            Ok(if p >= 0.0 { Some(p as u64) } else { None })
        }
        Some(v) if v.is_big_int() => Ok(Some(v.get::<i64>()?.max(0) as u64)),
        _ => Ok(None),
    }
}

/// Bytes of a string (UTF-8) or a Uint8Array argument.
fn data_arg(v: Option<&Value<'_>>) -> Result<Vec<u8>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    if let Some(s) = v.as_string() {
        return Ok(s.to_string()?.into_bytes());
    }
    let array = TypedArray::<u8>::from_value(v.clone())?;
    // SAFETY: the bytes are copied before any JavaScript runs.
    Ok(unsafe { array.as_bytes() }
        .map(<[u8]>::to_vec)
        .unwrap_or_default())
}

/// Reads the arguments of operation `op` (see `lib/fs.js` for the order).
fn parse(op: &str, a: &[Value<'_>]) -> Result<Req> {
    if a.is_empty() {
        return Err(rquickjs::Error::new_from_js("nothing", "fs arguments"));
    }
    Ok(match op {
        "open" => Req::Open {
            path: arg(a, 0)?,
            flags: arg(a, 1)?,
            mode: arg(a, 2)?,
        },
        "close" => Req::Close { fd: arg(a, 0)? },
        "read" => Req::Read {
            fd: arg(a, 0)?,
            len: arg::<f64>(a, 1)? as usize,
            position: opt_position(a, 2)?,
        },
        "write" => Req::Write {
            fd: arg(a, 0)?,
            data: data_arg(a.get(1))?,
            position: opt_position(a, 2)?,
        },
        "stat" => Req::Stat {
            path: arg(a, 0)?,
            follow: true,
        },
        "lstat" => Req::Stat {
            path: arg(a, 0)?,
            follow: false,
        },
        "fstat" => Req::Fstat { fd: arg(a, 0)? },
        "readdir" => Req::Readdir {
            path: arg(a, 0)?,
            types: arg(a, 1)?,
        },
        "mkdir" => Req::Mkdir {
            path: arg(a, 0)?,
            mode: arg(a, 1)?,
            recursive: arg(a, 2)?,
        },
        "rmdir" => Req::Rmdir { path: arg(a, 0)? },
        "rm" => Req::Rm {
            path: arg(a, 0)?,
            recursive: arg(a, 1)?,
            force: arg(a, 2)?,
        },
        "unlink" => Req::Unlink { path: arg(a, 0)? },
        "rename" => Req::Rename {
            from: arg(a, 0)?,
            to: arg(a, 1)?,
        },
        "copyFile" => Req::CopyFile {
            from: arg(a, 0)?,
            to: arg(a, 1)?,
            flags: arg(a, 2)?,
        },
        "symlink" => Req::Symlink {
            target: arg(a, 0)?,
            path: arg(a, 1)?,
        },
        "link" => Req::Link {
            from: arg(a, 0)?,
            to: arg(a, 1)?,
        },
        "readlink" => Req::Readlink { path: arg(a, 0)? },
        "realpath" => Req::Realpath { path: arg(a, 0)? },
        "access" => Req::Access {
            path: arg(a, 0)?,
            mode: arg(a, 1)?,
        },
        "chmod" => Req::Chmod {
            path: arg(a, 0)?,
            mode: arg(a, 1)?,
        },
        "fchmod" => Req::Fchmod {
            fd: arg(a, 0)?,
            mode: arg(a, 1)?,
        },
        "chown" => Req::Chown {
            path: arg(a, 0)?,
            uid: arg(a, 1)?,
            gid: arg(a, 2)?,
            follow: true,
        },
        "lchown" => Req::Chown {
            path: arg(a, 0)?,
            uid: arg(a, 1)?,
            gid: arg(a, 2)?,
            follow: false,
        },
        "fchown" => Req::Fchown {
            fd: arg(a, 0)?,
            uid: arg(a, 1)?,
            gid: arg(a, 2)?,
        },
        "utimes" => Req::Utimes {
            path: arg(a, 0)?,
            atime: arg(a, 1)?,
            mtime: arg(a, 2)?,
            follow: true,
        },
        "lutimes" => Req::Utimes {
            path: arg(a, 0)?,
            atime: arg(a, 1)?,
            mtime: arg(a, 2)?,
            follow: false,
        },
        "futimes" => Req::Futimes {
            fd: arg(a, 0)?,
            atime: arg(a, 1)?,
            mtime: arg(a, 2)?,
        },
        "truncate" => Req::Truncate {
            path: arg(a, 0)?,
            len: arg::<f64>(a, 1)?.max(0.0) as u64,
        },
        "ftruncate" => Req::Ftruncate {
            fd: arg(a, 0)?,
            len: arg::<f64>(a, 1)?.max(0.0) as u64,
        },
        "fsync" => Req::Fsync {
            fd: arg(a, 0)?,
            data_only: false,
        },
        "fdatasync" => Req::Fsync {
            fd: arg(a, 0)?,
            data_only: true,
        },
        "mkdtemp" => Req::Mkdtemp { prefix: arg(a, 0)? },
        "readFile" => Req::ReadFile {
            path: arg(a, 0)?,
            flags: arg(a, 1)?,
        },
        "writeFile" => Req::WriteFile {
            path: arg(a, 0)?,
            data: data_arg(a.get(1))?,
            flags: arg(a, 2)?,
            mode: arg(a, 3)?,
        },
        "exists" => Req::Exists { path: arg(a, 0)? },
        _ => return Err(rquickjs::Error::new_from_js("string", "fs operation")),
    })
}

fn out_to_js<'js>(ctx: &Ctx<'js>, out: Out) -> Result<Value<'js>> {
    match out {
        Out::None => Ok(Value::new_undefined(ctx.clone())),
        Out::Fd(fd) => fd.into_js(ctx),
        Out::Count(n) => (n as f64).into_js(ctx),
        Out::Bytes(b) => bytes(ctx, b),
        Out::Stat(s) => s.0.to_vec().into_js(ctx),
        Out::Names(names) => {
            let list = rquickjs::Array::new(ctx.clone())?;
            for (i, (name, t)) in names.into_iter().enumerate() {
                let pair = rquickjs::Array::new(ctx.clone())?;
                pair.set(0, name)?;
                pair.set(1, t)?;
                list.set(i, pair)?;
            }
            Ok(list.into_value())
        }
        Out::Path(p) => p.into_js(ctx),
        Out::Bool(b) => b.into_js(ctx),
    }
}

fn failure_to_js<'js>(ctx: &Ctx<'js>, f: &Failure) -> Result<Value<'js>> {
    system_error(
        ctx,
        &f.error,
        f.syscall,
        f.path.as_deref(),
        f.dest.as_deref(),
    )
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let f = Object::new(ctx.clone())?;
    f.set(
        "sync",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, op: String, args: Rest<Value<'js>>| -> Result<Value<'js>> {
                let req = parse(&op, &args.0)?;
                match ops::run(req) {
                    Ok(out) => out_to_js(&ctx, out),
                    Err(f) => Err(ctx.throw(failure_to_js(&ctx, &f)?)),
                }
            },
        )?,
    )?;
    let h = host.clone();
    f.set(
        "async",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>,
                  op: String,
                  callback: Function<'js>,
                  args: Rest<Value<'js>>|
                  -> Result<()> {
                let req = parse(&op, &args.0)?;
                let host = upgrade(&h)?;
                let callback = Persistent::save(&ctx, callback);
                let weak = h.clone();
                host.event_loop.spawn_blocking(
                    move || ops::run(req),
                    move |_, result| {
                        let Some(host) = weak.upgrade() else { return };
                        host.macrotask(move |ctx, _| {
                            let cb = callback.restore(ctx)?;
                            match result {
                                Ok(out) => {
                                    cb.call((Value::new_null(ctx.clone()), out_to_js(ctx, out)?))
                                }
                                Err(f) => cb.call((failure_to_js(ctx, &f)?,)),
                            }
                        });
                    },
                );
                Ok(())
            },
        )?,
    )?;
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
    watch::install(ctx, &f, host)?;
    binding.set("fs", f)?;
    Ok(())
}
