//! Small system helpers for the fs operations: stat data, dirent types,
//! borrowed fds, times, recursive mkdir.

use std::ffi::CString;
use std::io;
use std::os::fd::{FromRawFd, IntoRawFd, RawFd};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt};
use std::path::Path;

/// The fields of fs.Stats: 10 integers, then (seconds, nanoseconds) of
/// atime, mtime, ctime and birthtime.
#[derive(Debug)]
pub struct StatData(pub [f64; 18]);

pub(super) fn stat_data(m: &std::fs::Metadata) -> StatData {
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((m.ctime() as f64, m.ctime_nsec() as f64), |d| {
            (d.as_secs() as f64, f64::from(d.subsec_nanos()))
        });
    StatData([
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        birth.0,
        birth.1,
    ])
}

/// The dirent type codes of Node's `fs.constants.UV_DIRENT_*`.
pub(super) fn dirent_type(t: std::fs::FileType) -> u8 {
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
    }
}

pub(super) fn cstring(path: &str) -> io::Result<CString> {
    CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

pub(super) fn check(rc: libc::c_int) -> io::Result<()> {
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Borrows `fd` as a File without taking ownership.
pub(super) fn with_file<T>(
    fd: RawFd,
    f: impl FnOnce(&mut std::fs::File) -> io::Result<T>,
) -> io::Result<T> {
    if fd < 0 {
        return Err(io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: the File is turned back into a raw fd below without closing
    // it, so ownership never leaves the caller; the fd's validity is the
    // caller's (the OS reports EBADF for a bad one).
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let result = f(&mut file);
    let _ = file.into_raw_fd();
    result
}

/// Seconds as a timespec, truncated to microseconds as libuv does (so
/// times read back match Node's).
pub(super) fn timespec(t: f64) -> libc::timespec {
    let secs = t.floor();
    let nanos = ((t - secs) * 1e9) as libc::c_long;
    libc::timespec {
        tv_sec: secs as libc::time_t,
        tv_nsec: nanos - nanos % 1000,
    }
}

pub(super) fn mkdir_recursive(path: &Path, mode: u32) -> io::Result<Option<String>> {
    // The first directory created, as Node reports it.
    let mut missing = Vec::new();
    let mut cur = path;
    loop {
        match std::fs::metadata(cur) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => return Err(io::Error::from_raw_os_error(libc::EEXIST)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                missing.push(cur.to_path_buf());
                match cur.parent() {
                    Some(p) if !p.as_os_str().is_empty() => cur = p,
                    _ => break,
                }
            }
            Err(e) => return Err(e),
        }
    }
    let first = missing.last().map(|p| p.to_string_lossy().into_owned());
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(path)?;
    Ok(first)
}
