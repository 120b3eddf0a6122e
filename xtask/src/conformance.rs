//! The conformance suite: every `tests/conformance/<area>/*.js|*.mjs` runs
//! under `runtime` (and under `node`, when installed, to catch wrong tests).
//! A test passes when it exits 0, or, where `<name>.out` exists, when its
//! stdout equals that file and its exit code equals `<name>.code` (0 when
//! absent). Files under `fixtures/` or `node_modules/` are not tests.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use std::{fs, thread};

use crate::proc;

const LIMIT: Duration = Duration::from_secs(30);

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "fixtures" && name != "node_modules" {
                collect(&path, out);
            }
        } else if (name.ends_with(".js") || name.ends_with(".mjs")) && !name.starts_with('_') {
            out.push(path);
        }
    }
}

/// The tests whose path contains `filter`, sorted.
pub fn tests(filter: Option<&str>) -> Vec<PathBuf> {
    let mut all = Vec::new();
    collect(&crate::root().join("tests").join("conformance"), &mut all);
    all.sort();
    all.retain(|p| filter.is_none_or(|f| p.to_string_lossy().contains(f)));
    all
}

fn sidecar(test: &Path, ext: &str) -> PathBuf {
    test.with_extension(ext)
}

fn find_node() -> Option<PathBuf> {
    if std::env::var_os("XTASK_NO_NODE").is_some() {
        return None;
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("node"))
        .find(|p| p.is_file())
}

/// Checks one run of `test` under `program`; `Err` describes the failure.
fn check(program: &Path, test: &Path) -> Result<(), String> {
    let dir = test.parent().unwrap_or(Path::new("."));
    let name = test
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let outcome =
        proc::run(program, &[&name], dir, LIMIT).map_err(|e| format!("cannot run: {e}"))?;
    if outcome.timed_out {
        return Err(format!("timed out after {}s", LIMIT.as_secs()));
    }
    let expected_out = fs::read(sidecar(test, "out")).ok();
    let expected_code = fs::read_to_string(sidecar(test, "code"))
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(0);
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let mut problems = Vec::new();
    if outcome.code != Some(expected_code) {
        problems.push(format!(
            "exit code {:?}, expected {expected_code}\n--- stderr ---\n{}",
            outcome.code,
            stderr.trim_end()
        ));
    }
    if let Some(expected) = expected_out {
        if expected != outcome.stdout {
            problems.push(diff(
                &String::from_utf8_lossy(&expected),
                &String::from_utf8_lossy(&outcome.stdout),
            ));
            if outcome.code == Some(expected_code) && !stderr.is_empty() {
                problems.push(format!("--- stderr ---\n{}", stderr.trim_end()));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A line diff: common prefix and suffix elided, the differing middle shown
/// as `-expected` / `+actual`.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut start = 0;
    while start < e.len() && start < a.len() && e[start] == a[start] {
        start += 1;
    }
    let mut end = 0;
    while end < e.len() - start
        && end < a.len() - start
        && e[e.len() - 1 - end] == a[a.len() - 1 - end]
    {
        end += 1;
    }
    let mut out = format!("stdout differs at line {}:\n", start + 1);
    for line in &e[start..e.len() - end] {
        out.push_str(&format!("-{}", show(line)));
    }
    for line in &a[start..a.len() - end] {
        out.push_str(&format!("+{}", show(line)));
    }
    out
}

fn show(line: &str) -> String {
    if line.ends_with('\n') {
        line.to_string()
    } else {
        format!("{line}\\ (no newline at end)\n")
    }
}

/// Runs the suite; fails when any test fails under either program.
pub fn run(runtime: &Path, filter: Option<&str>) -> Result<(), String> {
    let tests = tests(filter);
    let node = find_node();
    if node.is_none() {
        println!("conformance: node not found; running under runtime only");
    }
    let root = crate::root();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = thread::available_parallelism().map_or(2, |n| n.get() * 2);
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(test) = tests.get(i) else { return };
                let rel = test
                    .strip_prefix(&root)
                    .unwrap_or(test)
                    .display()
                    .to_string();
                let mut failed = Vec::new();
                if let Err(why) = check(runtime, test) {
                    failed.push(format!("FAIL {rel} (runtime)\n{why}"));
                }
                if let Some(node) = &node {
                    if let Err(why) = check(node, test) {
                        failed.push(format!(
                            "FAIL {rel} (node: the test itself is wrong)\n{why}"
                        ));
                    }
                }
                if !failed.is_empty() {
                    if let Ok(mut f) = failures.lock() {
                        f.push((rel, failed));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_default();
    failures.sort();
    for (_, msgs) in &failures {
        for m in msgs {
            println!("{m}\n");
        }
    }
    let failed = failures.len();
    println!(
        "conformance: {} passed, {} failed",
        tests.len() - failed,
        failed
    );
    if failed > 0 {
        Err(format!("{failed} conformance test(s) failed"))
    } else {
        Ok(())
    }
}

/// Records `.out` (and `.code` when non-zero) for the matching tests by
/// running real node.
pub fn bless(filter: Option<&str>) -> Result<(), String> {
    let node = find_node().ok_or("bless needs `node` on PATH")?;
    for test in tests(filter) {
        let dir = test.parent().unwrap_or(Path::new("."));
        let name = test
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let outcome = proc::run(&node, &[&name], dir, LIMIT).map_err(|e| e.to_string())?;
        if outcome.timed_out {
            return Err(format!("{} timed out under node", test.display()));
        }
        fs::write(sidecar(&test, "out"), &outcome.stdout).map_err(|e| e.to_string())?;
        let code_file = sidecar(&test, "code");
        match outcome.code {
            Some(0) => {
                let _ = fs::remove_file(code_file);
            }
            Some(c) => fs::write(code_file, format!("{c}\n")).map_err(|e| e.to_string())?,
            None => return Err(format!("{} was killed under node", test.display())),
        }
        println!("blessed {}", test.display());
    }
    Ok(())
}
