//! Command-line parsing: `runtime [options] [FILE | -e CODE | -p EXPR] [args...]`.

use std::ffi::OsString;

/// What the user asked the binary to do.
#[derive(Debug, PartialEq)]
pub enum Mode {
    /// Run a script file.
    File(String),
    /// Evaluate code (`-e`), printing the result when `print` (`-p`).
    Eval {
        code: String,
        print: bool,
    },
    /// Read the script from standard input.
    Stdin,
    Version,
    Help,
}

/// Parsed command line.
#[derive(Debug)]
pub struct Options {
    pub mode: Mode,
    /// Arguments after the script (become `process.argv[2..]`).
    pub args: Vec<String>,
    /// Runtime flags before the script (become `process.execArgv`).
    pub exec_argv: Vec<String>,
    pub no_warnings: bool,
}

/// A command-line error: the message to print and the exit code (9, like
/// node's "invalid argument").
#[derive(Debug)]
pub struct UsageError(pub String);

pub const HELP: &str = "\
Usage: runtime [options] [ script.js ] [arguments]
       runtime -e \"script\" [arguments]
       runtime -p \"expression\" [arguments]

Runs JavaScript like Node.js, on QuickJS.

Options:
  -e, --eval script     evaluate script
  -p, --print script    evaluate script and print the result
  -v, --version         print the runtime's version
  -h, --help            print this help
  --no-warnings         silence process warnings
  --                    end of options

Environment:
  RUNTIME_LOG                  tracing filter, e.g. runtime_core=trace
  RUNTIME_THREADPOOL_SIZE      blocking-work threads (default 4)
";

fn lossy(s: OsString) -> String {
    s.into_string()
        .unwrap_or_else(|s| s.to_string_lossy().into_owned())
}

/// Parses arguments (without the program name). `stdin_is_tty` decides what
/// no script at all means: read stdin, or show help.
pub fn parse(
    args: impl IntoIterator<Item = OsString>,
    stdin_is_tty: bool,
) -> Result<Options, UsageError> {
    let mut args = args.into_iter().map(lossy);
    let mut exec_argv = Vec::new();
    let mut no_warnings = false;
    let mut mode = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-e" | "--eval" | "-p" | "--print" => {
                let print = arg == "-p" || arg == "--print";
                let code = args
                    .next()
                    .ok_or_else(|| UsageError(format!("{arg} requires an argument")))?;
                exec_argv.push(arg.clone());
                exec_argv.push(code.clone());
                mode = Some(Mode::Eval { code, print });
                break;
            }
            "-v" | "--version" => return Ok(simple(Mode::Version)),
            "-h" | "--help" => return Ok(simple(Mode::Help)),
            "--no-warnings" => {
                no_warnings = true;
                exec_argv.push(arg);
            }
            "--" => {
                if let Some(file) = args.next() {
                    mode = Some(script_mode(file));
                }
                break;
            }
            "-" => {
                mode = Some(Mode::Stdin);
                break;
            }
            s if s.starts_with('-') => {
                return Err(UsageError(format!("bad option: {s}")));
            }
            _ => {
                mode = Some(script_mode(arg));
                break;
            }
        }
    }
    let mode = match mode {
        Some(m) => m,
        None if stdin_is_tty => Mode::Help,
        None => Mode::Stdin,
    };
    Ok(Options {
        mode,
        args: args.collect(),
        exec_argv,
        no_warnings,
    })
}

fn script_mode(file: String) -> Mode {
    Mode::File(file)
}

fn simple(mode: Mode) -> Options {
    Options {
        mode,
        args: Vec::new(),
        exec_argv: Vec::new(),
        no_warnings: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, UsageError> {
        parse(args.iter().map(OsString::from), false)
    }

    #[test]
    fn file_and_args() {
        let o = p(&["app.js", "a", "-e"]).expect("parse");
        assert_eq!(o.mode, Mode::File("app.js".into()));
        assert_eq!(o.args, ["a", "-e"]);
    }

    #[test]
    fn eval_print_and_flags() {
        let o = p(&["--no-warnings", "-p", "1+1", "x"]).expect("parse");
        assert_eq!(
            o.mode,
            Mode::Eval {
                code: "1+1".into(),
                print: true
            }
        );
        assert!(o.no_warnings);
        assert_eq!(o.args, ["x"]);
        assert_eq!(o.exec_argv, ["--no-warnings", "-p", "1+1"]);
    }

    #[test]
    fn unknown_flag_and_missing_value() {
        assert!(p(&["--frobnicate"]).is_err());
        assert!(p(&["-e"]).is_err());
    }

    #[test]
    fn no_script_reads_stdin_unless_tty() {
        assert_eq!(p(&[]).expect("parse").mode, Mode::Stdin);
        let o = parse(Vec::<OsString>::new(), true).expect("parse");
        assert_eq!(o.mode, Mode::Help);
    }
}
