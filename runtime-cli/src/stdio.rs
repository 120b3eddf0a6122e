//! Binding: synchronous writes to stdout and stderr, and the final exit.
//!
//! Writes go straight to the fds and retry until every byte is out (waiting
//! with poll(2) when the fd is non-blocking), so nothing is lost at exit. A
//! closed pipe (EPIPE) silently drops output, as node does for stdout.

use std::io::{self, Write};
use std::os::fd::{AsRawFd, BorrowedFd};

use rquickjs::{Ctx, Function, Object, Result, TypedArray, Value};

/// Writes all of `data`; returns 0, or the errno that stopped it (EPIPE
/// when the reader is gone).
fn write_all_fd(fd: BorrowedFd<'_>, mut data: &[u8]) -> i32 {
    while !data.is_empty() {
        // SAFETY: `fd` is open for the borrow; `data` is valid for reads of
        // `data.len()` bytes.
        let n = unsafe { libc::write(fd.as_raw_fd(), data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            data = &data[n as usize..];
            continue;
        }
        let err = io::Error::last_os_error();
        match err.kind() {
            io::ErrorKind::Interrupted => {}
            io::ErrorKind::WouldBlock => {
                let mut pfd = libc::pollfd {
                    fd: fd.as_raw_fd(),
                    events: libc::POLLOUT,
                    revents: 0,
                };
                // SAFETY: `pfd` is a valid pollfd array of length 1.
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            _ => return err.raw_os_error().unwrap_or(libc::EIO),
        }
    }
    0
}

/// Writes all of `data` to stdout; returns 0 or the errno.
pub fn write_stdout(data: &[u8]) -> i32 {
    write_all_fd(io::stdout().lock().as_fd_borrow(), data)
}

/// Writes all of `data` to stderr; returns 0 or the errno.
pub fn write_stderr(data: &[u8]) -> i32 {
    write_all_fd(io::stderr().lock().as_fd_borrow(), data)
}

trait AsFdBorrow {
    fn as_fd_borrow(&self) -> BorrowedFd<'_>;
}

impl<T: std::os::fd::AsFd> AsFdBorrow for T {
    fn as_fd_borrow(&self) -> BorrowedFd<'_> {
        self.as_fd()
    }
}

thread_local! {
    /// The event loop whose batched writes (see `EventLoop::before_wait`)
    /// go out before the process ends.
    static EXIT_LOOP: std::cell::RefCell<Option<runtime_core::EventLoop>> =
        const { std::cell::RefCell::new(None) };
}

/// Makes [`exit`] send `event_loop`'s batched writes first (a response
/// ended just before `process.exit()` still reaches its client).
pub fn flush_on_exit(event_loop: &runtime_core::EventLoop) {
    EXIT_LOOP.with(|l| *l.borrow_mut() = Some(event_loop.clone()));
}

/// Ends the process now with `code`, after sending batched writes and
/// flushing Rust's buffered output.
pub fn exit(code: i32) -> ! {
    if let Some(event_loop) = EXIT_LOOP.with(|l| l.borrow_mut().take()) {
        event_loop.run_before_wait();
    }
    let _ = io::stdout().flush();
    let _ = io::stderr().flush();
    crate::stdin::restore();
    std::process::exit(code)
}

/// Hands the bytes of a string (as UTF-8) or a Uint8Array to `write`;
/// returns its errno (0 when all was written).
fn with_bytes(data: &Value<'_>, write: fn(&[u8]) -> i32) -> Result<i32> {
    if let Some(s) = data.as_string() {
        return Ok(write(s.to_string()?.as_bytes()));
    }
    let array = TypedArray::<u8>::from_value(data.clone())?;
    // SAFETY: the slice is written out before any JavaScript runs again.
    Ok(unsafe { array.as_bytes() }.map_or(0, write))
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    binding.set(
        "writeStdout",
        Function::new(ctx.clone(), |data: Value<'js>| {
            with_bytes(&data, write_stdout)
        })?,
    )?;
    binding.set(
        "writeStderr",
        Function::new(ctx.clone(), |data: Value<'js>| {
            with_bytes(&data, write_stderr)
        })?,
    )?;
    binding.set(
        "isatty",
        Function::new(ctx.clone(), |fd: i32| -> bool {
            // SAFETY: isatty only inspects the fd number.
            unsafe { libc::isatty(fd) == 1 }
        })?,
    )?;
    binding.set(
        "readStdin",
        Function::new(ctx.clone(), || -> String {
            use std::io::Read;
            let mut text = String::new();
            let mut raw = Vec::new();
            if io::stdin().lock().read_to_end(&mut raw).is_ok() {
                text = String::from_utf8_lossy(&raw).into_owned();
            }
            text
        })?,
    )?;
    binding.set(
        "ttyWindowSize",
        Function::new(ctx.clone(), |fd: i32| -> Option<Vec<u16>> {
            // SAFETY: an all-zero winsize is valid for the ioctl to fill.
            let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
            // SAFETY: TIOCGWINSZ writes one winsize into `ws`.
            let ok = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0;
            (ok && ws.ws_col > 0).then(|| vec![ws.ws_col, ws.ws_row])
        })?,
    )?;
    binding.set(
        "reallyExit",
        Function::new(ctx.clone(), |code: i32| -> Result<()> { exit(code) })?,
    )?;
    Ok(())
}
