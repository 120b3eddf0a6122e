//! Binding: facts about the machine for Node's `os` module (host name,
//! kernel, memory, CPUs, load, network interfaces, the current user,
//! process priority). `lib/os.js` shapes them.

use std::ffi::CStr;
use std::net::{Ipv4Addr, Ipv6Addr};

use rquickjs::{Array, Ctx, Function, Object, Result};

use crate::errno::throw_system_error;

fn uname() -> Option<libc::utsname> {
    // SAFETY: an all-zero utsname is valid to fill; uname only writes it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid utsname.
    (unsafe { libc::uname(&mut u) } == 0).then_some(u)
}

fn field(f: &[libc::c_char]) -> String {
    // SAFETY: utsname fields are NUL-terminated within their arrays.
    unsafe { CStr::from_ptr(f.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// (total, available) memory in bytes, from /proc/meminfo like libuv.
fn memory() -> (f64, f64) {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let get = |key: &str| {
        text.lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kb| kb * 1024.0)
    };
    (get("MemTotal:"), get("MemAvailable:"))
}

/// One entry per CPU: model, speed (MHz) and times (ms), like os.cpus().
fn cpus<'js>(ctx: &Ctx<'js>) -> Result<Array<'js>> {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = info
        .lines()
        .filter(|l| l.starts_with("model name"))
        .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim().to_string()))
        .collect();
    let speeds: Vec<f64> = info
        .lines()
        .filter(|l| l.starts_with("cpu MHz"))
        .filter_map(|l| {
            l.split_once(':')
                .and_then(|(_, v)| v.trim().parse::<f64>().ok())
        })
        .collect();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // SAFETY: sysconf only reads a configuration value.
    let ticks = (unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).max(1) as f64;
    let out = Array::new(ctx.clone())?;
    let lines = stat
        .lines()
        .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "));
    for (i, line) in lines.enumerate() {
        let n: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|v| v.parse().ok())
            .collect();
        let at = |k: usize| n.get(k).copied().unwrap_or(0.0) * 1000.0 / ticks;
        let times = Object::new(ctx.clone())?;
        times.set("user", at(0))?;
        times.set("nice", at(1))?;
        times.set("sys", at(2))?;
        times.set("idle", at(3))?;
        times.set("irq", at(5))?;
        let cpu = Object::new(ctx.clone())?;
        cpu.set(
            "model",
            models.get(i).cloned().unwrap_or_else(|| "unknown".into()),
        )?;
        cpu.set("speed", speeds.get(i).copied().unwrap_or(0.0).floor())?;
        cpu.set("times", times)?;
        out.set(i, cpu)?;
    }
    Ok(out)
}

/// Flat list of [name, address, netmask, family, mac, internal, scopeid].
fn interfaces<'js>(ctx: &Ctx<'js>) -> Result<Array<'js>> {
    let out = Array::new(ctx.clone())?;
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `head` with a list we free below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Ok(out);
    }
    let mut macs = std::collections::HashMap::new();
    let mut entries = Vec::new();
    let mut cur = head;
    while !cur.is_null() {
        // SAFETY: `cur` is a node of the list getifaddrs returned.
        let ifa = unsafe { &*cur };
        cur = ifa.ifa_next;
        if ifa.ifa_addr.is_null() || ifa.ifa_name.is_null() {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string owned by the list.
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let internal = ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
        // SAFETY: ifa_addr is non-null and points at a sockaddr.
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        match family {
            libc::AF_PACKET => {
                // SAFETY: an AF_PACKET address is a sockaddr_ll.
                let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
                let mac = ll.sll_addr[..6]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<Vec<_>>()
                    .join(":");
                macs.insert(name, mac);
            }
            libc::AF_INET => {
                // SAFETY: an AF_INET address (and netmask) is a sockaddr_in.
                let (addr, mask) = unsafe {
                    let a = &*(ifa.ifa_addr as *const libc::sockaddr_in);
                    let m = if ifa.ifa_netmask.is_null() {
                        0
                    } else {
                        (*(ifa.ifa_netmask as *const libc::sockaddr_in))
                            .sin_addr
                            .s_addr
                    };
                    (
                        Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)),
                        Ipv4Addr::from(u32::from_be(m)),
                    )
                };
                entries.push((
                    name,
                    addr.to_string(),
                    mask.to_string(),
                    "IPv4",
                    internal,
                    None,
                ));
            }
            libc::AF_INET6 => {
                // SAFETY: an AF_INET6 address (and netmask) is a sockaddr_in6.
                let (addr, mask, scope) = unsafe {
                    let a = &*(ifa.ifa_addr as *const libc::sockaddr_in6);
                    let m = if ifa.ifa_netmask.is_null() {
                        [0; 16]
                    } else {
                        (*(ifa.ifa_netmask as *const libc::sockaddr_in6))
                            .sin6_addr
                            .s6_addr
                    };
                    (
                        Ipv6Addr::from(a.sin6_addr.s6_addr),
                        Ipv6Addr::from(m),
                        a.sin6_scope_id,
                    )
                };
                entries.push((
                    name,
                    addr.to_string(),
                    mask.to_string(),
                    "IPv6",
                    internal,
                    Some(scope),
                ));
            }
            _ => {}
        }
    }
    // SAFETY: `head` came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(head) };
    for (i, (name, addr, mask, family, internal, scope)) in entries.into_iter().enumerate() {
        let e = Array::new(ctx.clone())?;
        let mac = macs
            .get(&name)
            .cloned()
            .unwrap_or_else(|| "00:00:00:00:00:00".into());
        e.set(0, name)?;
        e.set(1, addr)?;
        e.set(2, mask)?;
        e.set(3, family)?;
        e.set(4, mac)?;
        e.set(5, internal)?;
        e.set(6, scope.map(f64::from))?;
        out.set(i, e)?;
    }
    Ok(out)
}

/// The current user's passwd entry: [username, uid, gid, shell, homedir].
fn user_info<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    // SAFETY: an all-zero passwd is a valid value for getpwuid_r to fill.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are valid for the call; `buf` outlives `pwd`'s
    // string pointers, which are copied out below.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        let err = std::io::Error::from_raw_os_error(if rc != 0 { rc } else { libc::ENOENT });
        return Err(throw_system_error(
            ctx,
            &err,
            "uv_os_get_passwd",
            None,
            None,
        ));
    }
    let s = |p: *const libc::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: passwd strings are NUL-terminated inside `buf`.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    let o = Object::new(ctx.clone())?;
    o.set("uid", pwd.pw_uid)?;
    o.set("gid", pwd.pw_gid)?;
    o.set("username", s(pwd.pw_name))?;
    o.set("homedir", s(pwd.pw_dir))?;
    o.set("shell", s(pwd.pw_shell))?;
    Ok(o)
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let o = Object::new(ctx.clone())?;
    let u = uname();
    o.set(
        "sysname",
        u.as_ref().map(|u| field(&u.sysname)).unwrap_or_default(),
    )?;
    o.set(
        "release",
        u.as_ref().map(|u| field(&u.release)).unwrap_or_default(),
    )?;
    o.set(
        "version",
        u.as_ref().map(|u| field(&u.version)).unwrap_or_default(),
    )?;
    o.set(
        "machine",
        u.as_ref().map(|u| field(&u.machine)).unwrap_or_default(),
    )?;
    o.set(
        "hostname",
        Function::new(ctx.clone(), || -> String {
            uname().map(|u| field(&u.nodename)).unwrap_or_default()
        })?,
    )?;
    o.set(
        "uptime",
        Function::new(ctx.clone(), || -> f64 {
            std::fs::read_to_string("/proc/uptime")
                .ok()
                .and_then(|s| {
                    s.split_whitespace()
                        .next()
                        .and_then(|v| v.parse::<f64>().ok())
                })
                .unwrap_or(0.0)
                .floor()
        })?,
    )?;
    o.set(
        "loadavg",
        Function::new(ctx.clone(), || -> Vec<f64> {
            let mut l = [0f64; 3];
            // SAFETY: `l` has room for the 3 values requested.
            unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
            l.to_vec()
        })?,
    )?;
    o.set("totalmem", Function::new(ctx.clone(), || memory().0)?)?;
    o.set("freemem", Function::new(ctx.clone(), || memory().1)?)?;
    o.set(
        "cpus",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| cpus(&ctx))?,
    )?;
    o.set(
        "interfaces",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| interfaces(&ctx))?,
    )?;
    o.set(
        "userInfo",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| user_info(&ctx))?,
    )?;
    o.set(
        "availableParallelism",
        Function::new(ctx.clone(), || {
            std::thread::available_parallelism().map_or(1, |n| n.get() as u32)
        })?,
    )?;
    o.set(
        "getPriority",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, pid: i32| -> Result<i32> {
            // SAFETY: errno is this thread's; getpriority has no memory effects.
            unsafe { *libc::__errno_location() = 0 };
            // SAFETY: as above.
            let p = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t) };
            let err = std::io::Error::last_os_error();
            if p == -1 && err.raw_os_error() != Some(0) {
                return Err(throw_system_error(
                    &ctx,
                    &err,
                    "uv_os_getpriority",
                    None,
                    None,
                ));
            }
            Ok(p)
        })?,
    )?;
    o.set(
        "setPriority",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, pid: i32, prio: i32| -> Result<()> {
                // SAFETY: setpriority has no memory effects.
                if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, prio) } != 0 {
                    let err = std::io::Error::last_os_error();
                    return Err(throw_system_error(
                        &ctx,
                        &err,
                        "uv_os_setpriority",
                        None,
                        None,
                    ));
                }
                Ok(())
            },
        )?,
    )?;
    binding.set("os", o)?;
    Ok(())
}
