//! `runtime`: run JavaScript like `node`, on QuickJS.

mod buffer;
mod builtins;
mod cli;
mod compile;
mod errno;
mod fs;
mod host;
mod http;
mod http_events;
mod inspect;
mod microtasks;
mod modules;
mod os;
mod process;
mod shared;
mod signals;
mod stdin;
mod stdio;
mod timers;
mod url;
mod wrapper;

use std::io::IsTerminal;

/// The Node.js release whose API this runtime follows (`process.version`).
pub const NODE_VERSION: &str = "v20.20.2";

/// `RUNTIME_LOG`: `level` or `target=level,...` (e.g. `runtime_http=debug`).
/// A `Targets` filter rather than an `EnvFilter`: the latter brings a regex
/// engine that made up a fifth of the binary and of its resident pages.
fn init_tracing() {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let Ok(spec) = std::env::var("RUNTIME_LOG") else {
        return;
    };
    let filter = spec
        .parse::<tracing_subscriber::filter::Targets>()
        .unwrap_or_else(|_| {
            tracing_subscriber::filter::Targets::new()
                .with_default(tracing_subscriber::filter::LevelFilter::INFO)
        });
    tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
        .with(filter)
        .init();
}

fn main() {
    let args = std::env::args_os().skip(1);
    let options = match cli::parse(args, std::io::stdin().is_terminal()) {
        Ok(o) => o,
        Err(cli::UsageError(msg)) => {
            let exe = std::env::args().next().unwrap_or_else(|| "runtime".into());
            stdio::write_stderr(format!("{exe}: {msg}\n").as_bytes());
            stdio::exit(9);
        }
    };
    match options.mode {
        cli::Mode::Version => {
            stdio::write_stdout(format!("{NODE_VERSION}\n").as_bytes());
            stdio::exit(0);
        }
        cli::Mode::Help => {
            stdio::write_stdout(cli::HELP.as_bytes());
            stdio::exit(0);
        }
        _ => {}
    }
    init_tracing();
    match host::run(options) {
        Ok(code) => stdio::exit(code),
        Err(err) => {
            stdio::write_stderr(format!("runtime: {err}\n").as_bytes());
            stdio::exit(1);
        }
    }
}
