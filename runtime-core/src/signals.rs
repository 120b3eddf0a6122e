//! Signals delivered on the loop thread.
//!
//! A process-wide self-pipe, created once and never closed, carries signal
//! numbers from an async-signal-safe handler to the loop, where the pipe's
//! read end is a [`Source`]. Only one [`SignalWatcher`] exists at a time,
//! since signal dispositions are process-wide.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::OnceLock;

use crate::{EventLoop, Interest, Readiness, Source, SourceId};

/// The signals a [`SignalWatcher`] can watch.
pub const SUPPORTED_SIGNALS: &[i32] = &[
    libc::SIGINT,
    libc::SIGTERM,
    libc::SIGHUP,
    libc::SIGQUIT,
    libc::SIGCHLD,
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGWINCH,
    libc::SIGPIPE,
    libc::SIGALRM,
    libc::SIGCONT,
    libc::SIGTSTP,
];

/// Write end of the self-pipe, read by the signal handler.
static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);
/// Both ends, created once for the life of the process.
static PIPE: OnceLock<(OwnedFd, OwnedFd)> = OnceLock::new();
/// Whether a watcher currently owns the read end.
static CLAIMED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(signum: libc::c_int) {
    // SAFETY: `__errno_location` returns this thread's errno slot; saving and
    // restoring it keeps the interrupted code's errno intact.
    let saved = unsafe { *libc::__errno_location() };
    let fd = PIPE_WRITE.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = signum as u8;
        // SAFETY: write(2) is async-signal-safe; `fd` is the pipe's write end,
        // which is never closed once published; `byte` outlives the call. A
        // full pipe drops the byte (O_NONBLOCK), which only coalesces signals.
        unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved };
}

fn pipe() -> io::Result<&'static (OwnedFd, OwnedFd)> {
    if let Some(p) = PIPE.get() {
        return Ok(p);
    }
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid array of two ints for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: pipe2 succeeded, so both fds are open and owned by nobody else.
    let pair = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let pair = PIPE.get_or_init(|| pair);
    PIPE_WRITE.store(pair.1.as_raw_fd(), Ordering::Release);
    Ok(pair)
}

fn set_disposition(signum: i32, handler: libc::sighandler_t) -> io::Result<()> {
    // SAFETY: an all-zero sigaction is a valid value to fill in.
    let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
    action.sa_sigaction = handler;
    action.sa_flags = libc::SA_RESTART;
    // SAFETY: `action.sa_mask` is a valid sigset_t to initialise.
    unsafe { libc::sigemptyset(&mut action.sa_mask) };
    // SAFETY: `action` is fully initialised; the handler only touches
    // async-signal-safe state (see `on_signal`).
    if unsafe { libc::sigaction(signum, &action, std::ptr::null_mut()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

type SignalCallback = Box<dyn FnMut(&EventLoop, i32)>;

struct SignalPipe {
    read_fd: RawFd,
    callback: RefCell<Option<SignalCallback>>,
    watched: RefCell<HashSet<i32>>,
}

// SAFETY: `read_fd` is the read end of the process-wide pipe, which is never
// closed, so it stays open for as long as the source is registered.
unsafe impl Source for SignalPipe {
    fn fd(&self) -> RawFd {
        self.read_fd
    }

    fn on_ready(&self, event_loop: &EventLoop, _readiness: Readiness) {
        let mut buf = [0u8; 64];
        loop {
            // SAFETY: `buf` is valid for `buf.len()` bytes of writes.
            let n = unsafe { libc::read(self.read_fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n <= 0 {
                return;
            }
            for &signum in &buf[..n as usize] {
                let signum = i32::from(signum);
                if !self.watched.borrow().contains(&signum) {
                    continue;
                }
                // Taken out while it runs: the callback may re-enter the watcher.
                let callback = self.callback.borrow_mut().take();
                if let Some(mut callback) = callback {
                    callback(event_loop, signum);
                    let mut slot = self.callback.borrow_mut();
                    if slot.is_none() {
                        *slot = Some(callback);
                    }
                }
            }
        }
    }
}

/// Delivers chosen signals to a callback on the loop thread.
///
/// While a signal is watched its default action (such as terminating on
/// SIGINT) is replaced; [`SignalWatcher::unwatch`] and dropping the watcher
/// restore it. The watcher is unreferenced by default, as in Node: watching a
/// signal does not by itself keep the loop alive.
pub struct SignalWatcher {
    event_loop: EventLoop,
    pipe: Rc<SignalPipe>,
    id: SourceId,
}

impl SignalWatcher {
    /// Creates the process's signal watcher. Fails with `AlreadyExists` while
    /// another one is alive.
    pub fn new(
        event_loop: &EventLoop,
        callback: impl FnMut(&EventLoop, i32) + 'static,
    ) -> io::Result<SignalWatcher> {
        if CLAIMED.swap(true, Ordering::AcqRel) {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "a signal watcher already exists in this process",
            ));
        }
        let created = pipe().and_then(|(read, _)| {
            let pipe = Rc::new(SignalPipe {
                read_fd: read.as_raw_fd(),
                callback: RefCell::new(Some(Box::new(callback))),
                watched: RefCell::new(HashSet::new()),
            });
            let id = event_loop.register(pipe.clone(), Interest::READABLE)?;
            event_loop.set_source_ref(id, false);
            Ok((pipe, id))
        });
        match created {
            Ok((pipe, id)) => Ok(SignalWatcher {
                event_loop: event_loop.clone(),
                pipe,
                id,
            }),
            Err(err) => {
                CLAIMED.store(false, Ordering::Release);
                Err(err)
            }
        }
    }

    /// Starts delivering `signum`. SIGKILL, SIGSTOP and unknown numbers are
    /// rejected with `InvalidInput`.
    pub fn watch(&self, signum: i32) -> io::Result<()> {
        if !SUPPORTED_SIGNALS.contains(&signum) {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        if self.pipe.watched.borrow_mut().insert(signum) {
            set_disposition(
                signum,
                on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
            )?;
        }
        Ok(())
    }

    /// Stops delivering `signum` and restores its default action.
    pub fn unwatch(&self, signum: i32) -> io::Result<()> {
        if self.pipe.watched.borrow_mut().remove(&signum) {
            set_disposition(signum, default_disposition(signum))?;
        }
        Ok(())
    }

    /// Whether any signal is being watched.
    pub fn is_watching(&self) -> bool {
        !self.pipe.watched.borrow().is_empty()
    }

    /// Sets whether the watcher keeps the loop alive.
    pub fn set_ref(&self, refed: bool) {
        self.event_loop.set_source_ref(self.id, refed);
    }
}

/// Rust sets SIGPIPE to ignored at startup (as Node does); keep that.
fn default_disposition(signum: i32) -> libc::sighandler_t {
    if signum == libc::SIGPIPE {
        libc::SIG_IGN
    } else {
        libc::SIG_DFL
    }
}

impl Drop for SignalWatcher {
    fn drop(&mut self) {
        let watched: Vec<i32> = self.pipe.watched.borrow_mut().drain().collect();
        for signum in watched {
            let _ = set_disposition(signum, default_disposition(signum));
        }
        self.event_loop.deregister(self.id);
        CLAIMED.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn delivers_a_raised_signal_on_the_loop() {
        let lp = EventLoop::new().expect("loop");
        let seen = Rc::new(Cell::new(0));
        let seen2 = Rc::clone(&seen);
        let watcher = SignalWatcher::new(&lp, move |lp, signum| {
            seen2.set(signum);
            lp.stop();
        })
        .expect("watcher");
        assert!(SignalWatcher::new(&lp, |_, _| {}).is_err());
        watcher.watch(libc::SIGUSR2).expect("watch");
        watcher.set_ref(true);
        // SAFETY: raising a signal we installed a handler for.
        unsafe { libc::raise(libc::SIGUSR2) };
        lp.run().expect("run");
        assert_eq!(seen.get(), libc::SIGUSR2);
        assert!(watcher.watch(libc::SIGKILL).is_err());
        watcher.unwatch(libc::SIGUSR2).expect("unwatch");
        assert!(!watcher.is_watching());
    }
}
