//! File-change notification for `fs.watch`: an inotify instance per
//! watcher, polled by the reactor. Events reach JS as
//! `callback(eventType, filename)` with Node's names: 'change' for content
//! and attribute changes, 'rename' for entries appearing, disappearing or
//! moving.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::{Rc, Weak};

use rquickjs::{Ctx, Function, Object, Persistent, Result};
use runtime_core::{EventLoop, Interest, Readiness, Source, SourceId};

use crate::errno::throw_system_error;
use crate::host::{upgrade, Host};

const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

struct Watcher {
    fd: OwnedFd,
    host: Weak<Host>,
    callback: RefCell<Option<Persistent<Function<'static>>>>,
    /// Watch descriptor → name to report for events on the watched path
    /// itself (a file's basename; a directory's entries report their own
    /// names, prefixed with the subdirectory for recursive watches).
    names: RefCell<HashMap<i32, (String, bool)>>,
    id: Cell<Option<SourceId>>,
}

impl Watcher {
    fn add(&self, path: &str, self_name: String, is_dir: bool) -> io::Result<()> {
        let c = CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
        // SAFETY: `fd` is our inotify instance and `c` a valid C string.
        let wd = unsafe { libc::inotify_add_watch(self.fd.as_raw_fd(), c.as_ptr(), MASK) };
        if wd < 0 {
            return Err(io::Error::last_os_error());
        }
        self.names.borrow_mut().insert(wd, (self_name, is_dir));
        Ok(())
    }

    fn close(&self, lp: &EventLoop) {
        if let Some(id) = self.id.take() {
            lp.deregister(id);
        }
        self.callback.borrow_mut().take();
    }
}

// SAFETY: `fd` is owned by the watcher and only closed when the watcher is
// dropped, which cannot happen while the loop holds it.
unsafe impl Source for Watcher {
    fn fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    fn on_ready(&self, _lp: &EventLoop, _: Readiness) {
        let mut buf = [0u8; 8192];
        // SAFETY: `buf` is valid for its length.
        let n = unsafe { libc::read(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            return;
        }
        let mut events = Vec::new();
        let mut off = 0usize;
        let header = std::mem::size_of::<libc::inotify_event>();
        while off + header <= n as usize {
            // SAFETY: the kernel wrote whole events; `off` is at an event start
            // and `read_unaligned` copies the header out.
            let ev: libc::inotify_event =
                unsafe { std::ptr::read_unaligned(buf.as_ptr().add(off).cast()) };
            let name_bytes = &buf[off + header..(off + header + ev.len as usize).min(n as usize)];
            let name = String::from_utf8_lossy(name_bytes.split(|&b| b == 0).next().unwrap_or(&[]))
                .into_owned();
            off += header + ev.len as usize;
            let kind = if ev.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
                "change"
            } else {
                "rename"
            };
            let names = self.names.borrow();
            let Some((base, is_dir)) = names.get(&ev.wd) else {
                continue;
            };
            let reported = if name.is_empty() {
                base.clone()
            } else if *is_dir && !base.is_empty() && base != "." {
                format!("{base}/{name}")
            } else {
                name
            };
            events.push((kind, reported));
        }
        let Some(host) = self.host.upgrade() else {
            return;
        };
        for (kind, name) in events {
            let Some(cb) = self.callback.borrow().clone() else {
                return;
            };
            host.macrotask(move |ctx, _| cb.restore(ctx)?.call((kind, name)));
        }
    }
}

pub fn install<'js>(ctx: &Ctx<'js>, f: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let watchers: Rc<RefCell<HashMap<u32, Rc<Watcher>>>> = Rc::default();
    let next = Rc::new(Cell::new(0u32));
    let all = watchers.clone();
    upgrade(host)?.cleanups.borrow_mut().push(Box::new(move || {
        for (_, w) in all.borrow_mut().drain() {
            w.callback.borrow_mut().take();
        }
    }));
    let (h, w) = (host.clone(), watchers.clone());
    f.set(
        "watch",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, path: String, recursive: bool, cb: Function<'js>| -> Result<u32> {
                let host = upgrade(&h)?;
                let fail = |ctx: &Ctx<'js>, e: io::Error| {
                    throw_system_error(ctx, &e, "watch", Some(&path), None)
                };
                // SAFETY: inotify_init1 returns a new fd or -1.
                let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
                if raw < 0 {
                    return Err(fail(&ctx, io::Error::last_os_error()));
                }
                // SAFETY: `raw` is a fresh fd owned by nobody else.
                let fd = unsafe { OwnedFd::from_raw_fd(raw) };
                let meta = std::fs::metadata(&path).map_err(|e| fail(&ctx, e))?;
                let watcher = Rc::new(Watcher {
                    fd,
                    host: h.clone(),
                    callback: RefCell::new(Some(Persistent::save(&ctx, cb))),
                    names: RefCell::new(HashMap::new()),
                    id: Cell::new(None),
                });
                let base = if meta.is_dir() {
                    String::new()
                } else {
                    std::path::Path::new(&path)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                };
                watcher
                    .add(&path, base, meta.is_dir())
                    .map_err(|e| fail(&ctx, e))?;
                if recursive && meta.is_dir() {
                    let mut stack = vec![(std::path::PathBuf::from(&path), String::new())];
                    while let Some((dir, rel)) = stack.pop() {
                        let Ok(entries) = std::fs::read_dir(&dir) else {
                            continue;
                        };
                        for entry in entries.flatten() {
                            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                                let name = entry.file_name().to_string_lossy().into_owned();
                                let sub = if rel.is_empty() {
                                    name
                                } else {
                                    format!("{rel}/{name}")
                                };
                                let _ =
                                    watcher.add(&entry.path().to_string_lossy(), sub.clone(), true);
                                stack.push((entry.path(), sub));
                            }
                        }
                    }
                }
                let sid = host
                    .event_loop
                    .register(watcher.clone(), Interest::READABLE)
                    .map_err(|e| fail(&ctx, e))?;
                watcher.id.set(Some(sid));
                next.set(next.get() + 1);
                w.borrow_mut().insert(next.get(), watcher);
                Ok(next.get())
            },
        )?,
    )?;
    let (h, w) = (host.clone(), watchers.clone());
    f.set(
        "unwatch",
        Function::new(ctx.clone(), move |id: u32| -> Result<()> {
            let host = upgrade(&h)?;
            if let Some(watcher) = w.borrow_mut().remove(&id) {
                watcher.close(&host.event_loop);
            }
            Ok(())
        })?,
    )?;
    let (h, w) = (host.clone(), watchers);
    f.set(
        "setWatchRef",
        Function::new(ctx.clone(), move |id: u32, refed: bool| -> Result<()> {
            let host = upgrade(&h)?;
            if let Some(sid) = w.borrow().get(&id).and_then(|w| w.id.get()) {
                host.event_loop.set_source_ref(sid, refed);
            }
            Ok(())
        })?,
    )?;
    Ok(())
}
