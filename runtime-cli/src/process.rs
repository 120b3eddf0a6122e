//! Binding: the process facts and operations behind Node's `process` object
//! (argv, env, pid, cwd, hrtime, memory, kill, umask). The object itself is
//! built in `lib/internal/process.js`.

use std::rc::Weak;

use rquickjs::{BigInt, Ctx, Function, Object, Result};

use crate::cli::Mode;
use crate::errno::throw_system_error;
use crate::host::{upgrade, Host};

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to fill; CLOCK_MONOTONIC always exists
    // on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// Resident set size in bytes, from /proc/self/statm.
fn rss() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<f64>().ok())
        })
        .unwrap_or(0.0);
    // SAFETY: sysconf only reads a configuration value.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
    pages * page
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let p = Object::new(ctx.clone())?;
    let h = upgrade(host)?;
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "runtime".to_string());
    let (mode, main, eval) = match &h.options.mode {
        Mode::File(f) => ("file", Some(f.clone()), None),
        Mode::Eval { code, print } => (
            if *print { "print" } else { "eval" },
            None,
            Some(code.clone()),
        ),
        Mode::Stdin => ("stdin", None, None),
        Mode::Version | Mode::Help => ("none", None, None),
    };
    p.set("mode", mode)?;
    p.set("mainFile", main)?;
    p.set("evalSource", eval)?;
    p.set("args", h.options.args.clone())?;
    p.set("execArgv", h.options.exec_argv.clone())?;
    p.set("noWarnings", h.options.no_warnings)?;
    p.set("execPath", exe)?;
    p.set("argv0", std::env::args().next().unwrap_or_default())?;
    p.set("pid", std::process::id())?;
    p.set("platform", std::env::consts::OS)?;
    p.set(
        "arch",
        match std::env::consts::ARCH {
            "x86_64" => "x64",
            "aarch64" => "arm64",
            "x86" => "ia32",
            other => other,
        },
    )?;
    p.set("version", crate::NODE_VERSION)?;
    p.set("runtimeVersion", env!("CARGO_PKG_VERSION"))?;
    // SAFETY: getppid cannot fail.
    p.set("ppid", unsafe { libc::getppid() })?;
    let env = Object::new(ctx.clone())?;
    for (k, v) in std::env::vars_os() {
        env.set(k.to_string_lossy().as_ref(), v.to_string_lossy().as_ref())?;
    }
    p.set("env", env)?;

    p.set(
        "cwd",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<String> {
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .map_err(|e| throw_system_error(&ctx, &e, "uv_cwd", None, None))
        })?,
    )?;
    p.set(
        "chdir",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, dir: String| -> Result<()> {
            std::env::set_current_dir(&dir).map_err(|e| {
                let cwd = std::env::current_dir()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                throw_system_error(&ctx, &e, "chdir", Some(&cwd), Some(&dir))
            })
        })?,
    )?;
    p.set(
        "hrtime",
        Function::new(ctx.clone(), || -> Vec<f64> {
            let ns = monotonic_ns();
            vec![(ns / 1_000_000_000) as f64, (ns % 1_000_000_000) as f64]
        })?,
    )?;
    p.set(
        "hrtimeBigint",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<BigInt<'js>> {
            BigInt::from_u64(ctx, monotonic_ns() as u64)
        })?,
    )?;
    let h2 = host.clone();
    p.set(
        "uptime",
        Function::new(ctx.clone(), move || -> Result<f64> {
            Ok(upgrade(&h2)?.started.elapsed().as_secs_f64())
        })?,
    )?;
    p.set(
        "memoryUsage",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>| -> Result<Object<'js>> {
            // SAFETY: an all-zero JSMemoryUsage is a valid value to fill in;
            // `ctx` is live, so its runtime pointer is valid, and the
            // runtime is only read while this native function runs on the
            // thread that owns it.
            let usage = unsafe {
                let mut usage: rquickjs::qjs::JSMemoryUsage = std::mem::zeroed();
                let rt = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                rquickjs::qjs::JS_ComputeMemoryUsage(rt, &mut usage);
                usage
            };
            let o = Object::new(ctx)?;
            o.set("rss", rss())?;
            o.set("heapTotal", usage.malloc_size as f64)?;
            o.set("heapUsed", usage.memory_used_size as f64)?;
            o.set("external", 0)?;
            o.set("arrayBuffers", 0)?;
            Ok(o)
        })?,
    )?;
    p.set("rss", Function::new(ctx.clone(), rss)?)?;
    p.set(
        "umask",
        Function::new(ctx.clone(), |mask: Option<u32>| -> u32 {
            // SAFETY: umask cannot fail; reading it requires setting it, so
            // the old value is put back when no new mask was given.
            unsafe {
                match mask {
                    Some(m) => libc::umask(m as libc::mode_t) as u32,
                    None => {
                        let old = libc::umask(0o022);
                        libc::umask(old);
                        old as u32
                    }
                }
            }
        })?,
    )?;
    p.set(
        "kill",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, pid: i32, sig: i32| -> Result<()> {
                // SAFETY: kill(2) has no memory-safety requirements.
                if unsafe { libc::kill(pid, sig) } != 0 {
                    let e = std::io::Error::last_os_error();
                    return Err(throw_system_error(&ctx, &e, "kill", None, None));
                }
                Ok(())
            },
        )?,
    )?;
    p.set(
        "ids",
        Function::new(ctx.clone(), || -> Vec<u32> {
            // SAFETY: these getters cannot fail.
            unsafe {
                vec![
                    libc::getuid(),
                    libc::geteuid(),
                    libc::getgid(),
                    libc::getegid(),
                ]
            }
        })?,
    )?;
    p.set(
        "groups",
        Function::new(ctx.clone(), || -> Vec<u32> {
            // SAFETY: a zero-size call only returns the count.
            let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
            if n <= 0 {
                return Vec::new();
            }
            let mut groups = vec![0 as libc::gid_t; n as usize];
            // SAFETY: `groups` has room for `n` entries.
            let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
            groups.truncate(n.max(0) as usize);
            groups
        })?,
    )?;
    p.set(
        "resourceUsage",
        Function::new(ctx.clone(), || -> Vec<f64> {
            // SAFETY: an all-zero rusage is valid for getrusage to fill.
            let mut r: libc::rusage = unsafe { std::mem::zeroed() };
            // SAFETY: `r` is a valid rusage.
            unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut r) };
            let us = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
            vec![
                us(r.ru_utime),
                us(r.ru_stime),
                r.ru_maxrss as f64,
                r.ru_ixrss as f64,
                r.ru_idrss as f64,
                r.ru_isrss as f64,
                r.ru_minflt as f64,
                r.ru_majflt as f64,
                r.ru_nswap as f64,
                r.ru_inblock as f64,
                r.ru_oublock as f64,
                r.ru_msgsnd as f64,
                r.ru_msgrcv as f64,
                r.ru_nsignals as f64,
                r.ru_nvcsw as f64,
                r.ru_nivcsw as f64,
            ]
        })?,
    )?;
    binding.set("process", p)?;
    Ok(())
}
