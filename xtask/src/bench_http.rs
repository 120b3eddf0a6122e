//! HTTP part of `cargo xtask bench`: the hello-world server under `wrk`,
//! runtime and node side by side, server and load generator pinned to
//! different cores. Reports requests/s, p99 latency, server CPU time per
//! request (utime+stime from /proc, fairer than req/s when wrk saturates
//! first) and peak RSS under load; then the RSS of each holding 10,000
//! idle keep-alive connections. Each load runs several rounds, runtime and
//! node taking turns, and reports each figure's median: the machine's noise
//! moves single runs by tens of percent.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const SERVER: &str = "const http = require('http');\nhttp.createServer((req, res) => {\n  res.statusCode = 200;\n  res.setHeader('Content-Type', 'text/plain');\n  res.end('Hello World');\n}).listen(+process.argv[2], '127.0.0.1', () => console.log('ready'));\n";

/// Answers GET /down with 1 MiB, and POST /up with the length it read.
const BIG_SERVER: &str = "const http = require('http');\nconst big = Buffer.alloc(1 << 20, 97);\nhttp.createServer((req, res) => {\n  if (req.method === 'POST') {\n    let n = 0;\n    req.on('data', (c) => { n += c.length; });\n    req.on('end', () => res.end(String(n)));\n  } else {\n    res.end(big);\n  }\n}).listen(+process.argv[2], '127.0.0.1', () => console.log('ready'));\n";

/// Makes wrk POST a 1 MiB body.
const UPLOAD_LUA: &str = "wrk.method = \"POST\"\nwrk.body = string.rep(\"a\", 1048576)\n";

struct Load {
    rps: f64,
    p99_ms: f64,
    cpu_us_per_req: f64,
    peak_rss_mib: f64,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_or(38_000, |a| a.port())
}

/// utime + stime of `pid` in microseconds.
fn cpu_us(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) start at ')'.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // SAFETY: sysconf only reads a configuration value.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    (ticks(11) + ticks(12)) * 1e6 / hz
}

/// A memory figure (`VmHWM`, `VmRSS`, ...) from /proc/PID/status, in MiB.
fn status_mib(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.strip_prefix(field).is_some_and(|r| r.starts_with(':')))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
}

/// Starts `program` (with `script`, unless it is the pure-Rust example)
/// listening on `port`, and waits for its first line.
fn start_server(program: &Path, script: Option<&Path>, port: u16) -> Result<Child, String> {
    let mut child = Command::new("taskset")
        .args(["-c", "0"])
        .arg(program)
        .args(script)
        .arg(port.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    // Wait for "ready" (the example's "Server running at ..." serves too).
    if let Some(out) = child.stdout.as_mut() {
        use std::io::Read;
        let mut b = [0u8; 6];
        let _ = out.read_exact(&mut b);
    }
    std::thread::sleep(Duration::from_millis(100));
    Ok(child)
}

fn parse_wrk(out: &str) -> (f64, f64, f64) {
    let num = |s: &str| -> f64 {
        let v: String = s
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let n = v.parse::<f64>().unwrap_or(0.0);
        if s.ends_with("us") {
            n / 1000.0
        } else if s.ends_with("ms") {
            n
        } else if s.ends_with('s') {
            n * 1000.0
        } else {
            n
        }
    };
    let mut rps = 0.0;
    let mut p99 = 0.0;
    let mut requests = 0.0;
    for line in out.lines() {
        let t = line.trim();
        if let Some(v) = t.strip_prefix("Requests/sec:") {
            rps = v.trim().parse().unwrap_or(0.0);
        } else if let Some(v) = t.strip_prefix("99%") {
            p99 = num(v.trim());
        } else if t.contains("requests in") {
            requests = t
                .split_whitespace()
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0.0);
        }
    }
    (rps, p99, requests)
}

/// The median of each figure over runs.
fn median_load(runs: &[Load]) -> Load {
    let median = |f: fn(&Load) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    Load {
        rps: median(|l| l.rps),
        p99_ms: median(|l| l.p99_ms),
        cpu_us_per_req: median(|l| l.cpu_us_per_req),
        peak_rss_mib: median(|l| l.peak_rss_mib),
    }
}

/// One table row: runtime's and node's figures and their ratios.
fn print_row(name: &str, rt: &Load, nd: &Load) {
    println!(
        "{:<36} {:>10.0} {:>10.0} {:>8.2} {:>10.3} {:>10.3} {:>10.3}",
        name,
        rt.rps,
        nd.rps,
        rt.rps / nd.rps,
        rt.p99_ms,
        nd.p99_ms,
        rt.cpu_us_per_req / nd.cpu_us_per_req
    );
}

/// `rounds` runs of `load_with` for runtime and node in turn: the medians.
fn compare(
    programs: [&Path; 2],
    script: &Path,
    connections: u32,
    seconds: u32,
    rounds: usize,
    path: &str,
    lua: Option<&Path>,
) -> Result<[Load; 2], String> {
    let mut runs: [Vec<Load>; 2] = [Vec::new(), Vec::new()];
    for _ in 0..rounds {
        for (program, out) in programs.iter().zip(runs.iter_mut()) {
            out.push(load_with(
                program,
                Some(script),
                connections,
                seconds,
                path,
                lua,
            )?);
        }
    }
    Ok([median_load(&runs[0]), median_load(&runs[1])])
}

/// `load` of `path`, with a wrk Lua script (e.g. one that sets a body).
fn load_with(
    program: &Path,
    script: Option<&Path>,
    connections: u32,
    seconds: u32,
    path: &str,
    lua: Option<&Path>,
) -> Result<Load, String> {
    let port = free_port();
    let mut server = start_server(program, script, port)?;
    let pid = server.id();
    let before = cpu_us(pid);
    let out = Command::new("taskset")
        .args([
            "-c",
            "1",
            "wrk",
            "-t1",
            &format!("-c{connections}"),
            &format!("-d{seconds}s"),
            "--latency",
        ])
        .args(
            lua.map(|l| ["-s".as_ref(), l.as_os_str()])
                .into_iter()
                .flatten(),
        )
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()
        .map_err(|e| format!("cannot run wrk: {e}"))?;
    let after = cpu_us(pid);
    let rss = status_mib(pid, "VmHWM").unwrap_or(0.0);
    let _ = server.kill();
    let _ = server.wait();
    let (rps, p99_ms, requests) = parse_wrk(&String::from_utf8_lossy(&out.stdout));
    Ok(Load {
        rps,
        p99_ms,
        cpu_us_per_req: if requests > 0.0 {
            (after - before) / requests
        } else {
            f64::NAN
        },
        peak_rss_mib: rss,
    })
}

/// `example`: the pure-Rust hello server (runtime-http's example), whose
/// figures are printed for reference: the ceiling of the JS server.
pub fn run(
    runtime: &Path,
    node: &Path,
    example: Option<&Path>,
    dir: &Path,
    quick: bool,
) -> Result<(), String> {
    let has = |tool: &str| {
        Command::new("which")
            .arg(tool)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !has("wrk") || !has("taskset") {
        println!("http: skipped (needs wrk and taskset: apt-get install -y wrk util-linux)");
        return Ok(());
    }
    let script = dir.join("http-hello.js");
    std::fs::write(&script, SERVER).map_err(|e| e.to_string())?;
    let (seconds, rounds) = if quick { (3, 1) } else { (5, 3) };
    println!(
        "{:<36} {:>10} {:>10} {:>8} {:>10} {:>10} {:>10}",
        format!("http hello world (wrk -t1, ×{rounds})"),
        "rt req/s",
        "node req/s",
        "req/s ×",
        "rt p99 ms",
        "node p99",
        "CPU/req ×"
    );
    let programs = [runtime, node];
    for connections in [50, 1] {
        let [rt, nd] = compare(programs, &script, connections, seconds, rounds, "/", None)?;
        print_row(&format!("  -c{connections}"), &rt, &nd);
        if let Some(example) = example {
            let mut runs = Vec::new();
            for _ in 0..rounds {
                runs.push(load_with(example, None, connections, seconds, "/", None)?);
            }
            print_row(
                &format!("  pure-Rust example -c{connections}"),
                &median_load(&runs),
                &nd,
            );
        }
        if connections == 50 {
            println!(
                "  server CPU per request: runtime {:.1} µs, node {:.1} µs; peak RSS under load: runtime {:.1} MiB, node {:.1} MiB ({:.3}×)",
                rt.cpu_us_per_req,
                nd.cpu_us_per_req,
                rt.peak_rss_mib,
                nd.peak_rss_mib,
                rt.peak_rss_mib / nd.peak_rss_mib
            );
        }
    }
    let big = dir.join("http-big.js");
    std::fs::write(&big, BIG_SERVER).map_err(|e| e.to_string())?;
    let upload = dir.join("upload.lua");
    std::fs::write(&upload, UPLOAD_LUA).map_err(|e| e.to_string())?;
    for (name, path, lua) in [
        ("  1 MiB download -c10", "/down", None),
        ("  1 MiB upload -c10", "/up", Some(upload.as_path())),
    ] {
        let [rt, nd] = compare(programs, &big, 10, seconds, rounds, path, lua)?;
        print_row(name, &rt, &nd);
    }
    let rt = idle_rss_mib(runtime, &script, IDLE_CONNECTIONS)?;
    let nd = idle_rss_mib(node, &script, IDLE_CONNECTIONS)?;
    match (rt, nd) {
        (Some(rt), Some(nd)) => println!(
            "  {IDLE_CONNECTIONS} idle keep-alive connections: RSS runtime {rt:.1} MiB, node {nd:.1} MiB ({:.3}×)",
            rt / nd
        ),
        _ => println!("  idle connections: skipped (the open-files limit is too low)"),
    }
    Ok(())
}

const IDLE_CONNECTIONS: usize = 10_000;

/// Raises this process's open-files limit (children inherit it) to fit
/// `n` connections (client and server are separate processes); false
/// when the hard limit is too low.
fn raise_fd_limit(n: usize) -> bool {
    let want = (n + 500) as libc::rlim_t;
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit read and write the struct we own.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 || lim.rlim_max < want {
            return false;
        }
        if lim.rlim_cur < want {
            lim.rlim_cur = want;
            return libc::setrlimit(libc::RLIMIT_NOFILE, &lim) == 0;
        }
    }
    true
}

/// RSS of the server once `n` connections have each had one response and
/// sit idle (well inside the 5 s keep-alive timeout).
fn idle_rss_mib(program: &Path, script: &Path, n: usize) -> Result<Option<f64>, String> {
    use std::io::{Read, Write};
    if !raise_fd_limit(n) {
        return Ok(None);
    }
    let port = free_port();
    let mut server = start_server(program, Some(script), port)?;
    let mut conns = Vec::with_capacity(n);
    let mut result = Ok(None);
    for _ in 0..n {
        match std::net::TcpStream::connect(("127.0.0.1", port)) {
            Ok(mut s) => {
                let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                conns.push(s);
            }
            Err(e) => {
                result = Err(format!("idle connections: {e}"));
                break;
            }
        }
    }
    if result.is_ok() {
        let mut buf = [0u8; 1024];
        for s in &mut conns {
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.read(&mut buf);
        }
        std::thread::sleep(Duration::from_millis(300));
        result = Ok(status_mib(server.id(), "VmRSS"));
    }
    drop(conns);
    let _ = server.kill();
    let _ = server.wait();
    result
}
