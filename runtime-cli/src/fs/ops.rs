//! File-system operations as plain data: a request parsed from JS on the
//! loop thread, run (on the loop thread for sync calls, on the pool for
//! async ones), and a result converted back to JS on the loop thread. Each
//! operation is written once and serves fs's sync, callback and promise
//! forms.

use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

pub use super::sys::StatData;
use super::sys::{check, cstring, dirent_type, mkdir_recursive, stat_data, timespec, with_file};

/// One fs operation with its arguments.
#[derive(Debug)]
pub enum Req {
    Open {
        path: String,
        flags: i32,
        mode: u32,
    },
    Close {
        fd: RawFd,
    },
    Read {
        fd: RawFd,
        len: usize,
        position: Option<u64>,
    },
    Write {
        fd: RawFd,
        data: Vec<u8>,
        position: Option<u64>,
    },
    Stat {
        path: String,
        follow: bool,
    },
    Fstat {
        fd: RawFd,
    },
    Readdir {
        path: String,
        types: bool,
    },
    Mkdir {
        path: String,
        mode: u32,
        recursive: bool,
    },
    Rmdir {
        path: String,
    },
    Rm {
        path: String,
        recursive: bool,
        force: bool,
    },
    Unlink {
        path: String,
    },
    Rename {
        from: String,
        to: String,
    },
    CopyFile {
        from: String,
        to: String,
        flags: i32,
    },
    Symlink {
        target: String,
        path: String,
    },
    Link {
        from: String,
        to: String,
    },
    Readlink {
        path: String,
    },
    Realpath {
        path: String,
    },
    Access {
        path: String,
        mode: i32,
    },
    Chmod {
        path: String,
        mode: u32,
    },
    Fchmod {
        fd: RawFd,
        mode: u32,
    },
    Chown {
        path: String,
        uid: u32,
        gid: u32,
        follow: bool,
    },
    Fchown {
        fd: RawFd,
        uid: u32,
        gid: u32,
    },
    Utimes {
        path: String,
        atime: f64,
        mtime: f64,
        follow: bool,
    },
    Futimes {
        fd: RawFd,
        atime: f64,
        mtime: f64,
    },
    Truncate {
        path: String,
        len: u64,
    },
    Ftruncate {
        fd: RawFd,
        len: u64,
    },
    Fsync {
        fd: RawFd,
        data_only: bool,
    },
    Mkdtemp {
        prefix: String,
    },
    ReadFile {
        path: String,
        flags: i32,
    },
    WriteFile {
        path: String,
        data: Vec<u8>,
        flags: i32,
        mode: u32,
    },
    Exists {
        path: String,
    },
}

/// What an operation produced.
#[derive(Debug)]
pub enum Out {
    None,
    Fd(RawFd),
    Count(usize),
    Bytes(Vec<u8>),
    Stat(Box<StatData>),
    Names(Vec<(String, u8)>),
    Path(Option<String>),
    Bool(bool),
}

/// A failed operation: the OS error and the Node-facing syscall/paths.
#[derive(Debug)]
pub struct Failure {
    pub error: io::Error,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

fn failure(
    error: io::Error,
    syscall: &'static str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Failure {
    Failure {
        error,
        syscall,
        path: path.map(str::to_string),
        dest: dest.map(str::to_string),
    }
}

/// Runs one request. Never touches JavaScript: safe on any thread.
pub fn run(req: Req) -> Result<Out, Failure> {
    match req {
        Req::Open { path, flags, mode } => {
            let c = cstring(&path).map_err(|e| failure(e, "open", Some(&path), None))?;
            // SAFETY: `c` is a valid C string; open(2) has no other
            // memory requirements.
            let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
            if fd < 0 {
                return Err(failure(
                    io::Error::last_os_error(),
                    "open",
                    Some(&path),
                    None,
                ));
            }
            Ok(Out::Fd(fd))
        }
        Req::Close { fd } => {
            // SAFETY: closing an fd the caller names; EBADF is reported.
            check(unsafe { libc::close(fd) }).map_err(|e| failure(e, "close", None, None))?;
            Ok(Out::None)
        }
        Req::Read { fd, len, position } => {
            let mut buf = vec![0u8; len];
            let n = with_file(fd, |f| match position {
                Some(p) => std::os::unix::fs::FileExt::read_at(f, &mut buf, p),
                None => f.read(&mut buf),
            })
            .map_err(|e| failure(e, "read", None, None))?;
            buf.truncate(n);
            Ok(Out::Bytes(buf))
        }
        Req::Write { fd, data, position } => {
            let n = with_file(fd, |f| match position {
                Some(p) => std::os::unix::fs::FileExt::write_at(f, &data, p),
                None => f.write(&data),
            })
            .map_err(|e| failure(e, "write", None, None))?;
            Ok(Out::Count(n))
        }
        Req::Stat { path, follow } => {
            let syscall = if follow { "stat" } else { "lstat" };
            let m = if follow {
                std::fs::metadata(&path)
            } else {
                std::fs::symlink_metadata(&path)
            }
            .map_err(|e| failure(e, syscall, Some(&path), None))?;
            Ok(Out::Stat(Box::new(stat_data(&m))))
        }
        Req::Fstat { fd } => {
            let m = with_file(fd, |f| f.metadata()).map_err(|e| failure(e, "fstat", None, None))?;
            Ok(Out::Stat(Box::new(stat_data(&m))))
        }
        Req::Readdir { path, types } => {
            let mut out = Vec::new();
            for entry in
                std::fs::read_dir(&path).map_err(|e| failure(e, "scandir", Some(&path), None))?
            {
                let entry = entry.map_err(|e| failure(e, "scandir", Some(&path), None))?;
                let t = if types {
                    entry.file_type().map(dirent_type).unwrap_or(0)
                } else {
                    0
                };
                out.push((entry.file_name().to_string_lossy().into_owned(), t));
            }
            Ok(Out::Names(out))
        }
        Req::Mkdir {
            path,
            mode,
            recursive,
        } => {
            if recursive {
                let first = mkdir_recursive(Path::new(&path), mode)
                    .map_err(|e| failure(e, "mkdir", Some(&path), None))?;
                Ok(Out::Path(first))
            } else {
                std::fs::DirBuilder::new()
                    .mode(mode)
                    .create(&path)
                    .map_err(|e| failure(e, "mkdir", Some(&path), None))?;
                Ok(Out::None)
            }
        }
        Req::Rmdir { path } => {
            std::fs::remove_dir(&path).map_err(|e| failure(e, "rmdir", Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Rm {
            path,
            recursive,
            force,
        } => {
            let meta = match std::fs::symlink_metadata(&path) {
                Ok(m) => m,
                Err(e) if force && e.kind() == io::ErrorKind::NotFound => return Ok(Out::None),
                Err(e) => return Err(failure(e, "lstat", Some(&path), None)),
            };
            if meta.is_dir() {
                if !recursive {
                    let err = io::Error::from_raw_os_error(libc::EISDIR);
                    return Err(failure(err, "rm", Some(&path), None));
                }
                std::fs::remove_dir_all(&path).map_err(|e| failure(e, "rm", Some(&path), None))?;
            } else {
                std::fs::remove_file(&path).map_err(|e| failure(e, "rm", Some(&path), None))?;
            }
            Ok(Out::None)
        }
        Req::Unlink { path } => {
            std::fs::remove_file(&path).map_err(|e| failure(e, "unlink", Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Rename { from, to } => {
            std::fs::rename(&from, &to)
                .map_err(|e| failure(e, "rename", Some(&from), Some(&to)))?;
            Ok(Out::None)
        }
        Req::CopyFile { from, to, flags } => {
            // COPYFILE_EXCL (1): fail if the destination exists.
            if flags & 1 != 0 && std::fs::symlink_metadata(&to).is_ok() {
                let err = io::Error::from_raw_os_error(libc::EEXIST);
                return Err(failure(err, "copyfile", Some(&from), Some(&to)));
            }
            std::fs::copy(&from, &to)
                .map_err(|e| failure(e, "copyfile", Some(&from), Some(&to)))?;
            Ok(Out::None)
        }
        Req::Symlink { target, path } => {
            std::os::unix::fs::symlink(&target, &path)
                .map_err(|e| failure(e, "symlink", Some(&target), Some(&path)))?;
            Ok(Out::None)
        }
        Req::Link { from, to } => {
            std::fs::hard_link(&from, &to)
                .map_err(|e| failure(e, "link", Some(&from), Some(&to)))?;
            Ok(Out::None)
        }
        Req::Readlink { path } => {
            let t =
                std::fs::read_link(&path).map_err(|e| failure(e, "readlink", Some(&path), None))?;
            Ok(Out::Path(Some(t.to_string_lossy().into_owned())))
        }
        Req::Realpath { path } => {
            let t = std::fs::canonicalize(&path)
                .map_err(|e| failure(e, "realpath", Some(&path), None))?;
            Ok(Out::Path(Some(t.to_string_lossy().into_owned())))
        }
        Req::Access { path, mode } => {
            let c = cstring(&path).map_err(|e| failure(e, "access", Some(&path), None))?;
            // SAFETY: `c` is a valid C string.
            check(unsafe { libc::access(c.as_ptr(), mode) })
                .map_err(|e| failure(e, "access", Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Chmod { path, mode } => {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| failure(e, "chmod", Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Fchmod { fd, mode } => {
            // SAFETY: fchmod on a caller-named fd; EBADF is reported.
            check(unsafe { libc::fchmod(fd, mode) })
                .map_err(|e| failure(e, "fchmod", None, None))?;
            Ok(Out::None)
        }
        Req::Chown {
            path,
            uid,
            gid,
            follow,
        } => {
            let syscall = if follow { "chown" } else { "lchown" };
            let c = cstring(&path).map_err(|e| failure(e, syscall, Some(&path), None))?;
            // SAFETY: `c` is a valid C string.
            let rc = unsafe {
                if follow {
                    libc::chown(c.as_ptr(), uid, gid)
                } else {
                    libc::lchown(c.as_ptr(), uid, gid)
                }
            };
            check(rc).map_err(|e| failure(e, syscall, Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Fchown { fd, uid, gid } => {
            // SAFETY: fchown on a caller-named fd; EBADF is reported.
            check(unsafe { libc::fchown(fd, uid, gid) })
                .map_err(|e| failure(e, "fchown", None, None))?;
            Ok(Out::None)
        }
        Req::Utimes {
            path,
            atime,
            mtime,
            follow,
        } => {
            let syscall = if follow { "utime" } else { "lutime" };
            let c = cstring(&path).map_err(|e| failure(e, syscall, Some(&path), None))?;
            let times = [timespec(atime), timespec(mtime)];
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `c` is a valid C string and `times` two timespecs.
            check(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) })
                .map_err(|e| failure(e, syscall, Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Futimes { fd, atime, mtime } => {
            let times = [timespec(atime), timespec(mtime)];
            // SAFETY: `times` holds two timespecs; EBADF is reported.
            check(unsafe { libc::futimens(fd, times.as_ptr()) })
                .map_err(|e| failure(e, "futime", None, None))?;
            Ok(Out::None)
        }
        Req::Truncate { path, len } => {
            std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .and_then(|f| f.set_len(len))
                .map_err(|e| failure(e, "open", Some(&path), None))?;
            Ok(Out::None)
        }
        Req::Ftruncate { fd, len } => {
            with_file(fd, |f| f.set_len(len)).map_err(|e| failure(e, "ftruncate", None, None))?;
            Ok(Out::None)
        }
        Req::Fsync { fd, data_only } => {
            let syscall = if data_only { "fdatasync" } else { "fsync" };
            with_file(fd, |f| {
                if data_only {
                    f.sync_data()
                } else {
                    f.sync_all()
                }
            })
            .map_err(|e| failure(e, syscall, None, None))?;
            Ok(Out::None)
        }
        Req::Mkdtemp { prefix } => {
            let template = format!("{prefix}XXXXXX");
            let c = cstring(&template).map_err(|e| failure(e, "mkdtemp", Some(&template), None))?;
            let mut raw = c.into_bytes_with_nul();
            // SAFETY: `raw` is a writable NUL-terminated template.
            let p = unsafe { libc::mkdtemp(raw.as_mut_ptr().cast()) };
            if p.is_null() {
                return Err(failure(
                    io::Error::last_os_error(),
                    "mkdtemp",
                    Some(&template),
                    None,
                ));
            }
            raw.pop();
            Ok(Out::Path(Some(String::from_utf8_lossy(&raw).into_owned())))
        }
        Req::ReadFile { path, flags } => {
            let mut file = std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(flags & !libc::O_ACCMODE)
                .open(&path)
                .map_err(|e| failure(e, "open", Some(&path), None))?;
            let mut data = Vec::new();
            file.read_to_end(&mut data)
                .map_err(|e| failure(e, "read", None, None))?;
            Ok(Out::Bytes(data))
        }
        Req::WriteFile {
            path,
            data,
            flags,
            mode,
        } => {
            let c = cstring(&path).map_err(|e| failure(e, "open", Some(&path), None))?;
            // SAFETY: `c` is a valid C string.
            let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
            if fd < 0 {
                return Err(failure(
                    io::Error::last_os_error(),
                    "open",
                    Some(&path),
                    None,
                ));
            }
            // SAFETY: `fd` was just opened and is owned by this File.
            let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
            if flags & libc::O_APPEND == 0 {
                let _ = file.seek(SeekFrom::Start(0));
            }
            file.write_all(&data)
                .map_err(|e| failure(e, "write", None, None))?;
            Ok(Out::None)
        }
        Req::Exists { path } => Ok(Out::Bool(std::fs::metadata(&path).is_ok())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_read_stat_and_remove_in_a_temp_dir() {
        let base = std::env::temp_dir().join(format!("fsops-{}", std::process::id()));
        let dir = base.join("a/b");
        let first = match run(Req::Mkdir {
            path: dir.display().to_string(),
            mode: 0o755,
            recursive: true,
        }) {
            Ok(Out::Path(p)) => p,
            other => panic!("mkdir: {other:?}"),
        };
        assert_eq!(first.as_deref(), Some(base.to_str().unwrap_or_default()));
        let file = dir.join("f.txt").display().to_string();
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
        assert!(run(Req::WriteFile {
            path: file.clone(),
            data: b"hello".to_vec(),
            flags,
            mode: 0o644
        })
        .is_ok());
        match run(Req::ReadFile {
            path: file.clone(),
            flags: 0,
        }) {
            Ok(Out::Bytes(b)) => assert_eq!(b, b"hello"),
            other => panic!("readFile: {other:?}"),
        }
        match run(Req::Stat {
            path: file.clone(),
            follow: true,
        }) {
            Ok(Out::Stat(s)) => assert_eq!(s.0[8], 5.0),
            other => panic!("stat: {other:?}"),
        }
        match run(Req::Stat {
            path: base.join("nope").display().to_string(),
            follow: true,
        }) {
            Err(f) => {
                assert_eq!(f.syscall, "stat");
                assert_eq!(f.error.raw_os_error(), Some(libc::ENOENT));
            }
            other => panic!("stat of missing: {other:?}"),
        }
        assert!(run(Req::Rm {
            path: base.display().to_string(),
            recursive: true,
            force: false
        })
        .is_ok());
        assert!(run(Req::Rm {
            path: base.display().to_string(),
            recursive: true,
            force: true
        })
        .is_ok());
    }
}
