//! HTTP part of `cargo xtask bench`: the hello-world server under `wrk`,
//! runtime and node side by side, server and load generator pinned to
//! different cores. Reports requests/s, p99 latency, server CPU time per
//! request (utime+stime from /proc, fairer than req/s when wrk saturates
//! first) and peak RSS under load.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const SERVER: &str = "const http = require('http');\nhttp.createServer((req, res) => {\n  res.statusCode = 200;\n  res.setHeader('Content-Type', 'text/plain');\n  res.end('Hello World');\n}).listen(+process.argv[2], '127.0.0.1', () => console.log('ready'));\n";

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

fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn start_server(program: &Path, script: &Path, port: u16) -> Result<Child, String> {
    let mut child = Command::new("taskset")
        .args(["-c", "0"])
        .arg(program)
        .arg(script)
        .arg(port.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    // Wait for "ready".
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

fn load(program: &Path, script: &Path, connections: u32, seconds: u32) -> Result<Load, String> {
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
        .arg(format!("http://127.0.0.1:{port}/"))
        .output()
        .map_err(|e| format!("cannot run wrk: {e}"))?;
    let after = cpu_us(pid);
    let rss = peak_rss_mib(pid);
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

pub fn run(runtime: &Path, node: &Path, dir: &Path, quick: bool) -> Result<(), String> {
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
    let seconds = if quick { 3 } else { 8 };
    println!(
        "{:<36} {:>10} {:>10} {:>8} {:>10} {:>10} {:>10}",
        "http hello world (wrk -t1)",
        "rt req/s",
        "node req/s",
        "req/s ×",
        "rt p99 ms",
        "node p99",
        "CPU/req ×"
    );
    for connections in [50, 1] {
        let rt = load(runtime, &script, connections, seconds)?;
        let nd = load(node, &script, connections, seconds)?;
        println!(
            "{:<36} {:>10.0} {:>10.0} {:>8.2} {:>10.3} {:>10.3} {:>10.3}",
            format!("  -c{connections}"),
            rt.rps,
            nd.rps,
            rt.rps / nd.rps,
            rt.p99_ms,
            nd.p99_ms,
            rt.cpu_us_per_req / nd.cpu_us_per_req
        );
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
    Ok(())
}
