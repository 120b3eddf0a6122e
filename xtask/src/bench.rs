//! `cargo xtask bench`: the runtime side by side with `node` (and `bun`,
//! when found) in one run. Runs are interleaved so both see the same machine
//! state; each figure is a median; results are reported as ratios to node.
//! Benchmarks are not tests: nothing here passes or fails on a number.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Case {
    name: &'static str,
    /// File name for the script; `.mjs` makes it an ES module.
    file: &'static str,
    script: &'static str,
    /// Makes the files the script reads, in its directory, before timing.
    prepare: Option<fn(&Path) -> std::io::Result<()>>,
    /// Read the script's stdout through a pipe (and count it) instead of
    /// sending it to /dev/null.
    pipe_stdout: bool,
}

/// Written in pieces: a 100 MiB buffer here would stay in this process's
/// resident set, which every child then reports as its own peak (ru_maxrss
/// counts from fork).
fn big_file(dir: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::File::create(dir.join("big.bin"))?;
    let piece = vec![b'x'; 1 << 20];
    for _ in 0..100 {
        f.write_all(&piece)?;
    }
    Ok(())
}

fn small_files(dir: &Path) -> std::io::Result<()> {
    let files = dir.join("files");
    std::fs::create_dir_all(&files)?;
    for i in 0..2000 {
        std::fs::write(
            files.join(format!("f{i}.txt")),
            format!("file number {i}\n").repeat(20),
        )?;
    }
    Ok(())
}

const CASES: &[Case] = &[
    Case {
        name: "startup: console.log('hi')",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "console.log('hi');\n",
    },
    Case {
        name: "startup: require 10 built-ins",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "for (const m of ['events', 'util', 'path', 'url', 'buffer', 'fs', 'os', 'assert', 'stream', 'http']) {\n  try { require(m); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }\n}\n",
    },
    Case {
        name: "startup: ES module importing built-ins",
        file: "case.mjs",
        prepare: None,
        pipe_stdout: false,
        script: "import { EventEmitter } from 'node:events';\nimport path from 'node:path';\nconsole.log(typeof EventEmitter, path.sep);\n",
    },
    Case {
        name: "100,000 chained setImmediate",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "let n = 0;\nfunction next() { if (++n < 100000) setImmediate(next); }\nsetImmediate(next);\n",
    },
    Case {
        name: "100,000 setTimeout",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "let n = 0;\nfor (let i = 0; i < 100000; i++) setTimeout(() => { n++; }, i % 10);\nprocess.on('exit', () => { if (n !== 100000) throw new Error('lost timers'); });\n",
    },
    Case {
        name: "Buffer 1 MiB utf8/hex/base64 x20",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "const src = Buffer.alloc(1 << 20, 'abcdefgh\\u00e9');\nlet n = 0;\nfor (let i = 0; i < 20; i++) {\n  for (const enc of ['utf8', 'hex', 'base64']) {\n    const s = src.toString(enc);\n    n += Buffer.from(s, enc).length;\n  }\n}\nif (n !== 60 * src.length) throw new Error('lost bytes');\n",
    },
    Case {
        name: "util.inspect of a 1,000-key object x200",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "const util = require('util');\nconst o = {};\nfor (let i = 0; i < 1000; i++) o['key' + i] = i % 3 ? 'v' + i : { n: i };\nlet n = 0;\nfor (let i = 0; i < 200; i++) n += util.inspect(o).length;\nif (n === 0) throw new Error('empty');\n",
    },
    Case {
        name: "10,000 nextTick + promise rounds",
        file: "case.js",
        prepare: None,
        pipe_stdout: false,
        script: "let n = 0;\nfunction round() { if (++n < 10000) process.nextTick(() => Promise.resolve().then(round)); }\nround();\n",
    },
    Case {
        name: "createReadStream of 100 MiB",
        file: "case.js",
        prepare: Some(big_file),
        pipe_stdout: false,
        script: "let n = 0;\nrequire('fs').createReadStream(__dirname + '/big.bin').on('data', (c) => { n += c.length; }).on('end', () => { if (n !== 100 * 1024 * 1024) throw new Error('short read ' + n); });\n",
    },
    Case {
        name: "readFile of 2,000 files, Promise.all",
        file: "case.js",
        prepare: Some(small_files),
        pipe_stdout: false,
        script: "const fs = require('fs/promises');\nconst dir = __dirname + '/files/';\nPromise.all(Array.from({ length: 2000 }, (_, i) => fs.readFile(dir + 'f' + i + '.txt'))).then((all) => { if (all.length !== 2000) throw new Error('missing'); });\n",
    },
    Case {
        name: "100 MB to stdout through a pipe",
        file: "case.js",
        prepare: None,
        pipe_stdout: true,
        script: "const chunk = 'y'.repeat(1 << 20);\nfor (let i = 0; i < 100; i++) process.stdout.write(chunk);\n",
    },
];

/// One measured run: wall time and peak RSS (KiB).
struct Sample {
    wall: Duration,
    max_rss_kib: i64,
}

fn measure(program: &Path, script: &Path, pipe_stdout: bool) -> Result<Sample, String> {
    let start = Instant::now();
    let mut child = Command::new(program)
        .arg(script)
        .stdin(Stdio::null())
        .stdout(if pipe_stdout {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let drain = child.stdout.take().map(|mut out| {
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()).unwrap_or(0))
    });
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped; `status` and `usage`
    // are valid for writes.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if let Some(drain) = drain {
        let bytes = drain.join().unwrap_or(0);
        if bytes != 100 << 20 {
            return Err(format!(
                "{} wrote {bytes} bytes to the pipe",
                program.display()
            ));
        }
    }
    if r != pid {
        return Err(format!("wait4 failed for {}", program.display()));
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!("{} {} failed", program.display(), script.display()));
    }
    Ok(Sample {
        wall,
        max_rss_kib: usage.ru_maxrss,
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

fn find(name: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(name.to_uppercase()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn runtime_has_http(runtime: &Path) -> bool {
    Command::new(runtime)
        .args(["-e", "require('http').createServer"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `http_only`: skip the process cases and run the HTTP serving ones.
pub fn run(quick: bool, http_only: bool) -> Result<(), String> {
    let runtime = crate::build_runtime(true)?;
    let node = find("node").ok_or("bench needs `node` on PATH")?;
    let mut programs = vec![("runtime", runtime), ("node", node)];
    if let Some(bun) = find("bun") {
        programs.push(("bun", bun));
    }
    let dir = std::env::temp_dir().join(format!("runtime-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let runs = if quick { 5 } else { 21 };
    println!(
        "{:<36} {:>10} {:>10} {:>8} {:>10} {:>10} {:>8}",
        "benchmark (median)", "runtime ms", "node ms", "time ×", "rt RSS MiB", "node MiB", "RSS ×"
    );
    let cases = if http_only { &[][..] } else { CASES };
    for (i, case) in cases.iter().enumerate() {
        let case_dir = dir.join(format!("case{i}"));
        std::fs::create_dir_all(&case_dir).map_err(|e| e.to_string())?;
        let script = case_dir.join(case.file);
        if let Some(prepare) = case.prepare {
            prepare(&case_dir).map_err(|e| format!("preparing {}: {e}", case.name))?;
        }
        std::fs::write(&script, case.script).map_err(|e| e.to_string())?;
        let mut walls = vec![Vec::new(); programs.len()];
        let mut rss = vec![Vec::new(); programs.len()];
        // One warm-up each, then interleaved runs.
        for (_, p) in &programs {
            measure(p, &script, case.pipe_stdout)?;
        }
        for _ in 0..runs {
            for (k, (_, p)) in programs.iter().enumerate() {
                let s = measure(p, &script, case.pipe_stdout)?;
                walls[k].push(s.wall.as_secs_f64() * 1000.0);
                rss[k].push(s.max_rss_kib as f64 / 1024.0);
            }
        }
        let wall: Vec<f64> = walls.into_iter().map(median).collect();
        let mem: Vec<f64> = rss.into_iter().map(median).collect();
        println!(
            "{:<36} {:>10.2} {:>10.2} {:>8.3} {:>10.1} {:>10.1} {:>8.3}",
            case.name,
            wall[0],
            wall[1],
            wall[0] / wall[1],
            mem[0],
            mem[1],
            mem[0] / mem[1]
        );
        for (k, (name, _)) in programs.iter().enumerate().skip(2) {
            println!(
                "  {name:<34} {:>10.2} {:>10} {:>8.3} {:>10.1} {:>10} {:>8.3}",
                wall[k],
                "",
                wall[k] / wall[1],
                mem[k],
                "",
                mem[k] / mem[1]
            );
        }
    }
    println!("(× = ratio to node in this run; lower is better)");
    let node = &programs[1].1;
    let http = if programs[0].1.exists() && runtime_has_http(&programs[0].1) {
        let example = crate::build_http_example().ok();
        crate::bench_http::run(&programs[0].1, node, example.as_deref(), &dir, quick)
    } else {
        println!("http: skipped (this runtime has no http module yet)");
        Ok(())
    };
    let _ = std::fs::remove_dir_all(&dir);
    http
}
