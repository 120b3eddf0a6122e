//! Project tasks: `cargo xtask test`, `cargo xtask bless`, `cargo xtask bench`.

mod bench;
mod bench_http;
mod conformance;
mod proc;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

const USAGE: &str =
    "usage: cargo xtask <test [FILTER] | bless [FILTER] | bench [--quick] [--http]>";

/// The workspace root (xtask's parent directory).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Builds the `runtime` binary in `profile` and returns its path.
pub fn build_runtime(release: bool) -> Result<PathBuf, String> {
    let mut c = cargo();
    c.args(["build", "--quiet", "-p", "runtime-cli"]);
    if release {
        c.arg("--release");
    }
    let status = c.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building runtime failed".into());
    }
    let dir = if release { "release" } else { "debug" };
    Ok(root().join("target").join(dir).join("runtime"))
}

/// Builds runtime-http's pure-Rust hello server (release); its path.
pub fn build_http_example() -> Result<PathBuf, String> {
    let status = cargo()
        .args([
            "build",
            "--quiet",
            "--release",
            "-p",
            "runtime-http",
            "--example",
            "hello",
        ])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building the runtime-http example failed".into());
    }
    Ok(root()
        .join("target")
        .join("release")
        .join("examples")
        .join("hello"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(args.get(1).map(String::as_str)),
        Some("bless") => conformance::bless(args.get(1).map(String::as_str)),
        Some("bench") => bench::run(
            args.iter().any(|a| a == "--quick"),
            args.iter().any(|a| a == "--http"),
        ),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("xtask: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Unit and integration tests (skipped when a conformance filter is given),
/// then the conformance suite. The binary is built first: the integration
/// tests in `tests/` drive it.
fn test(filter: Option<&str>) -> Result<(), String> {
    let runtime = build_runtime(false)?;
    if filter.is_none() {
        let status = cargo()
            .args(["test", "--workspace", "--quiet"])
            .env("RUNTIME_BIN", &runtime)
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err("cargo test failed".into());
        }
    }
    conformance::run(&runtime, filter)
}
