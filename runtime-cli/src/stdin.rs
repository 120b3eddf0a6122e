//! Binding: reading standard input without blocking the loop. Pipes,
//! sockets and terminals are polled through a reactor `Source`; a regular
//! file (which epoll cannot poll) is read on the thread pool. Chunks go to
//! a JS callback as Uint8Arrays, end of input as `null`.

use std::cell::{Cell, RefCell};
use std::io;
use std::os::fd::RawFd;
use std::rc::{Rc, Weak};

use rquickjs::{Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId};

use crate::host::{upgrade, Host};

const CHUNK: usize = 64 * 1024;

/// fd 0's flags before we made it non-blocking, restored at exit so the
/// parent shell's terminal is left as it was.
static ORIGINAL_FLAGS: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

/// Puts fd 0's original file status flags back (called at exit).
pub fn restore() {
    let flags = ORIGINAL_FLAGS.load(std::sync::atomic::Ordering::Relaxed);
    if flags >= 0 {
        // SAFETY: fcntl(F_SETFL) on fd 0 has no memory effects.
        unsafe { libc::fcntl(0, libc::F_SETFL, flags) };
    }
}

fn is_regular_file(fd: RawFd) -> bool {
    // SAFETY: an all-zero stat is valid for fstat to fill.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid stat buffer.
    unsafe { libc::fstat(fd, &mut st) == 0 && st.st_mode & libc::S_IFMT == libc::S_IFREG }
}

type Callback = Persistent<Function<'static>>;

struct Reader {
    host: Weak<Host>,
    callback: RefCell<Option<Callback>>,
    id: Cell<Option<SourceId>>,
}

impl Reader {
    /// Hands one chunk (or the end, as `None`) to JS.
    fn deliver(&self, chunk: Option<Vec<u8>>) {
        let Some(host) = self.host.upgrade() else {
            return;
        };
        let Some(cb) = self.callback.borrow().clone() else {
            return;
        };
        host.macrotask(move |ctx, _| {
            let f = cb.restore(ctx)?;
            match chunk {
                Some(data) => f.call((TypedArray::<u8>::new(ctx.clone(), data)?,)),
                None => f.call((Value::new_null(ctx.clone()),)),
            }
        });
    }

    /// Delivers the end and lets go of the JS callback: nothing may hold a
    /// JS value once the loop has run dry (the engine is freed after it).
    fn finish(&self) {
        self.deliver(None);
        self.callback.borrow_mut().take();
    }

    fn stop(&self, lp: &EventLoop) {
        if let Some(id) = self.id.take() {
            lp.deregister(id);
        }
    }
}

// SAFETY: fd 0 stays open for the life of the process; the runtime never
// closes it.
unsafe impl Source for Reader {
    fn fd(&self) -> RawFd {
        0
    }

    fn on_ready(&self, lp: &EventLoop, _: Readiness) {
        let mut buf = vec![0u8; CHUNK];
        // SAFETY: `buf` is valid for `CHUNK` bytes of writes.
        let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), CHUNK) };
        if n > 0 {
            buf.truncate(n as usize);
            self.deliver(Some(buf));
            return;
        }
        let err = io::Error::last_os_error();
        if n < 0
            && matches!(
                err.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
            )
        {
            return;
        }
        // End of input (or an error, which ends it the same way).
        self.stop(lp);
        self.finish();
    }
}

fn read_file_on_pool(host: &Rc<Host>, reader: Rc<Reader>) {
    let weak = Rc::downgrade(host);
    host.event_loop.spawn_blocking(
        || {
            let mut buf = vec![0u8; CHUNK];
            // SAFETY: `buf` is valid for `CHUNK` bytes of writes.
            let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), CHUNK) };
            buf.truncate(n.max(0) as usize);
            buf
        },
        move |_, data| {
            let Some(host) = weak.upgrade() else { return };
            if data.is_empty() {
                reader.finish();
            } else {
                reader.deliver(Some(data));
                if reader.callback.borrow().is_some() {
                    read_file_on_pool(&host, reader);
                }
            }
        },
    );
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let s = Object::new(ctx.clone())?;
    let reader: Rc<RefCell<Option<Rc<Reader>>>> = Rc::default();
    let held = reader.clone();
    upgrade(host)?.cleanups.borrow_mut().push(Box::new(move || {
        if let Some(rd) = held.borrow_mut().take() {
            rd.callback.borrow_mut().take();
        }
    }));
    let (h, r) = (host.clone(), reader.clone());
    s.set(
        "start",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, cb: Function<'js>| -> Result<()> {
                let host = upgrade(&h)?;
                if r.borrow().is_some() {
                    return Ok(());
                }
                let rd = Rc::new(Reader {
                    host: h.clone(),
                    callback: RefCell::new(Some(Persistent::save(&ctx, cb))),
                    id: Cell::new(None),
                });
                if is_regular_file(0) {
                    read_file_on_pool(&host, rd.clone());
                } else {
                    // SAFETY: fcntl on fd 0 has no memory effects.
                    let flags = unsafe { libc::fcntl(0, libc::F_GETFL) };
                    if flags >= 0 {
                        ORIGINAL_FLAGS.store(flags, std::sync::atomic::Ordering::Relaxed);
                        // SAFETY: as above.
                        unsafe { libc::fcntl(0, libc::F_SETFL, flags | libc::O_NONBLOCK) };
                    }
                    match host.event_loop.register(rd.clone(), Interest::READABLE) {
                        Ok(id) => rd.id.set(Some(id)),
                        Err(e) => {
                            return Err(crate::errno::throw_system_error(
                                &ctx, &e, "read", None, None,
                            ));
                        }
                    }
                }
                *r.borrow_mut() = Some(rd);
                Ok(())
            },
        )?,
    )?;
    let (h, r) = (host.clone(), reader);
    s.set(
        "stop",
        Function::new(ctx.clone(), move || -> Result<()> {
            let host = upgrade(&h)?;
            if let Some(rd) = r.borrow_mut().take() {
                rd.stop(&host.event_loop);
                rd.callback.borrow_mut().take();
            }
            Ok(())
        })?,
    )?;
    s.set(
        "kind",
        Function::new(ctx.clone(), || -> &'static str {
            // SAFETY: isatty only inspects the fd.
            if unsafe { libc::isatty(0) } == 1 {
                "tty"
            } else if is_regular_file(0) {
                "file"
            } else {
                "pipe"
            }
        })?,
    )?;
    binding.set("stdin", s)?;
    Ok(())
}
