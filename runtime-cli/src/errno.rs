//! Node-shaped system errors: `ENOENT: no such file or directory, open '/x'`
//! with `errno` (negative, as libuv reports it), `code`, `syscall`, `path`
//! and `dest`.

use std::io;

use rquickjs::{Ctx, Result, Value};

/// libuv's name and description for an OS error number.
pub fn describe(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::ESRCH => ("ESRCH", "no such process"),
        libc::EINTR => ("EINTR", "interrupted system call"),
        libc::EIO => ("EIO", "i/o error"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        libc::EADDRINUSE => ("EADDRINUSE", "address already in use"),
        libc::EADDRNOTAVAIL => ("EADDRNOTAVAIL", "address not available"),
        libc::ECONNABORTED => ("ECONNABORTED", "software caused connection abort"),
        libc::ECONNRESET => ("ECONNRESET", "connection reset by peer"),
        libc::ECONNREFUSED => ("ECONNREFUSED", "connection refused"),
        libc::ETIMEDOUT => ("ETIMEDOUT", "connection timed out"),
        libc::ENOTCONN => ("ENOTCONN", "socket is not connected"),
        libc::EHOSTUNREACH => ("EHOSTUNREACH", "host is unreachable"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Builds the error object for a failed system call.
pub fn system_error<'js>(
    ctx: &Ctx<'js>,
    err: &io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Result<Value<'js>> {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    let (code, text) = describe(errno);
    let mut message = format!("{code}: {text}, {syscall}");
    match (path, dest) {
        (Some(p), Some(d)) => message.push_str(&format!(" '{p}' -> '{d}'")),
        (Some(p), None) => message.push_str(&format!(" '{p}'")),
        _ => {}
    }
    // `new Error(message)`: `message` is non-enumerable, as on Node's
    // errors, so Object.keys() shows errno, code, syscall, path, dest.
    let error_ctor: rquickjs::Constructor = ctx.globals().get("Error")?;
    let e: rquickjs::Object = error_ctor.construct((message,))?;
    e.set("errno", -errno)?;
    e.set("code", code)?;
    e.set("syscall", syscall)?;
    if let Some(p) = path {
        e.set("path", p)?;
    }
    if let Some(d) = dest {
        e.set("dest", d)?;
    }
    Ok(e.into_value())
}

/// Throws the error for a failed system call.
pub fn throw_system_error<'js>(
    ctx: &Ctx<'js>,
    err: &io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> rquickjs::Error {
    match system_error(ctx, err, syscall, path, dest) {
        Ok(value) => ctx.throw(value),
        Err(e) => e,
    }
}
