//! The command line as a user meets it: modes, flags, exit codes, and the
//! shape of fatal errors.

use tests::{run, stderr, stdout, TempDir};

#[test]
fn eval_runs_code_and_waits_for_timers() {
    let dir = TempDir::new("eval");
    let o = run(&["-e", "setTimeout(() => console.log(1), 10)"], &dir.0, "");
    assert_eq!(stdout(&o), "1\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn print_shows_the_inspected_result() {
    let dir = TempDir::new("print");
    let o = run(&["-p", "({ a: [1, 'x'] })"], &dir.0, "");
    assert_eq!(stdout(&o), "{ a: [ 1, 'x' ] }\n");
    let o = run(&["-p", "'plain'"], &dir.0, "");
    assert_eq!(stdout(&o), "plain\n");
}

#[test]
fn eval_has_require_and_argv() {
    let dir = TempDir::new("evalreq");
    let o = run(
        &[
            "-e",
            "console.log(typeof require('fs').readFile, process.argv.slice(1))",
            "a",
            "b",
        ],
        &dir.0,
        "",
    );
    assert_eq!(stdout(&o), "function [ 'a', 'b' ]\n");
}

#[test]
fn script_from_stdin_when_no_file() {
    let dir = TempDir::new("stdin");
    let o = run(&[], &dir.0, "console.log('from stdin', __filename)");
    assert_eq!(stdout(&o), "from stdin [stdin]\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn file_gets_argv_filename_and_dirname() {
    let dir = TempDir::new("argv");
    dir.file(
        "app.js",
        "console.log(process.argv.length, process.argv[2], __filename === process.argv[1], require('path').basename(__dirname) !== '')",
    );
    let o = run(&["app.js", "x"], &dir.0, "");
    assert_eq!(stdout(&o), "3 x true true\n");
}

#[test]
fn unknown_flag_exits_9() {
    let dir = TempDir::new("flag");
    let o = run(&["--frobnicate"], &dir.0, "");
    assert_eq!(o.status.code(), Some(9));
    assert!(stderr(&o).contains("bad option: --frobnicate"));
}

#[test]
fn version_and_help() {
    let dir = TempDir::new("version");
    let o = run(&["--version"], &dir.0, "");
    assert!(stdout(&o).starts_with('v'));
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["--help"], &dir.0, "");
    assert!(stdout(&o).contains("Usage: runtime"));
}

#[test]
fn missing_file_is_module_not_found() {
    let dir = TempDir::new("missing");
    let o = run(&["missing.js"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let expected = format!(
        "Error: Cannot find module '{}'",
        dir.0.join("missing.js").display()
    );
    assert!(err.contains(&expected), "stderr was: {err}");
    assert!(
        err.contains("code: 'MODULE_NOT_FOUND'"),
        "stderr was: {err}"
    );
}

#[test]
fn syntax_error_names_file_and_line() {
    let dir = TempDir::new("syntax");
    dir.file("bad.js", "const ok = 1;\nlet x = ;\n");
    let o = run(&["bad.js"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("bad.js:2\nlet x = ;\n        ^\n"),
        "stderr was: {err}"
    );
    assert!(err.contains("SyntaxError"), "stderr was: {err}");
}

#[test]
fn uncaught_error_prints_source_caret_and_v8_stack() {
    let dir = TempDir::new("uncaught");
    dir.file(
        "boom.js",
        "function f() {\n  throw new TypeError('bad thing');\n}\nf();\n",
    );
    let o = run(&["boom.js"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let file = dir.0.join("boom.js");
    assert!(
        err.starts_with(&format!(
            "{}:2\n  throw new TypeError('bad thing');\n",
            file.display()
        )),
        "stderr was: {err}"
    );
    assert!(
        err.contains("TypeError: bad thing\n    at f ("),
        "stderr was: {err}"
    );
    assert!(
        err.contains(&format!("{}:2:", file.display())),
        "stderr was: {err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn column_numbers_on_line_one_are_the_files_own() {
    let dir = TempDir::new("col");
    dir.file("c.js", "  null.x;\n");
    let o = run(&["c.js"], &dir.0, "");
    let err = stderr(&o);
    assert!(err.contains("c.js:1:"), "stderr was: {err}");
    assert!(
        err.contains("(") && !err.contains("c.js:1:7"),
        "stderr was: {err}"
    );
}

#[test]
fn error_codes_in_messages_like_node() {
    let dir = TempDir::new("codes");
    let o = run(
        &["-e", "try { setTimeout('x') } catch (e) { console.log(e.code, e.name, e.message); console.log(e.stack.split('\\n')[0]) }"],
        &dir.0,
        "",
    );
    assert_eq!(
        stdout(&o),
        "ERR_INVALID_ARG_TYPE TypeError The \"callback\" argument must be of type function. Received type string ('x')\n\
         TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type function. Received type string ('x')\n"
    );
}

#[test]
fn unref_timer_alone_exits_at_once() {
    let dir = TempDir::new("unref");
    let start = std::time::Instant::now();
    let o = run(
        &[
            "-e",
            "setTimeout(() => console.log('never'), 60000).unref()",
        ],
        &dir.0,
        "",
    );
    assert_eq!(stdout(&o), "");
    assert_eq!(o.status.code(), Some(0));
    // Not a timing assertion on our speed: a hang would take 60 s.
    assert!(start.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn exit_code_property_and_exit_call() {
    let dir = TempDir::new("exit");
    let o = run(&["-e", "process.exitCode = 3"], &dir.0, "");
    assert_eq!(o.status.code(), Some(3));
    let o = run(
        &[
            "-e",
            "process.on('exit', c => console.log('exit', c)); process.exit(4); console.log('no')",
        ],
        &dir.0,
        "",
    );
    assert_eq!(stdout(&o), "exit 4\n");
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn unhandled_rejection_exits_1_with_node_message() {
    let dir = TempDir::new("rejection");
    let o = run(&["-e", "Promise.reject(42)"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("The promise rejected with the reason \"42\"."),
        "stderr: {}",
        stderr(&o)
    );
}

#[test]
fn fs_errors_are_node_shaped() {
    let dir = TempDir::new("fserr");
    let o = run(
        &["-e", "try { require('fs').readFileSync('/nonexistent/x') } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, e.path) }"],
        &dir.0,
        "",
    );
    assert_eq!(
        stdout(&o),
        "ENOENT: no such file or directory, open '/nonexistent/x' ENOENT -2 open /nonexistent/x\n"
    );
}

#[test]
fn big_output_to_a_pipe_arrives_whole() {
    let dir = TempDir::new("bigout");
    let o = run(
        &["-e", "const s = 'x'.repeat(1023) + '\\n'; for (let i = 0; i < 4096; i++) process.stdout.write(s)"],
        &dir.0,
        "",
    );
    assert_eq!(o.stdout.len(), 4096 * 1024);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn signal_listener_receives_sigusr2() {
    let dir = TempDir::new("signal");
    let o = run(
        &["-e", "process.on('SIGUSR2', (s, n) => { console.log('got', s, n); process.exit(0) }); setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 1); setTimeout(() => {}, 30000)"],
        &dir.0,
        "",
    );
    assert_eq!(stdout(&o), "got SIGUSR2 12\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn require_relative_json_and_cycles() {
    let dir = TempDir::new("require");
    dir.file("data.json", "{\"n\": 5}");
    dir.file(
        "a.js",
        "exports.a = 1; const b = require('./b'); exports.fromB = b.b;",
    );
    dir.file(
        "b.js",
        "const a = require('./a'); exports.b = 'b saw ' + JSON.stringify(a);",
    );
    dir.file("lib/index.js", "module.exports = 'dir index';");
    dir.file("node_modules/pkg/package.json", "{\"main\": \"main.js\"}");
    dir.file("node_modules/pkg/main.js", "module.exports = 'pkg main';");
    dir.file(
        "main.js",
        "console.log(require('./data.json').n, require('./a').fromB, require('./lib'), require('pkg'), require('node:path').sep)",
    );
    let o = run(&["main.js"], &dir.0, "");
    assert_eq!(
        stdout(&o),
        "5 b saw {\"a\":1} dir index pkg main /\n",
        "stderr: {}",
        stderr(&o)
    );
}

#[test]
fn stdin_pipes_through_to_stdout_as_a_stream() {
    let dir = TempDir::new("stdinpipe");
    let input: String = (0..2000).map(|i| format!("line {i}\n")).collect();
    let o = run(
        &["-e", "process.stdin.pipe(process.stdout)"],
        &dir.0,
        &input,
    );
    assert_eq!(stdout(&o), input);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn readline_reads_piped_lines_and_timers_run_meanwhile() {
    let dir = TempDir::new("rlpipe");
    let o = run(
        &["-e", "let n = 0; require('readline').createInterface({ input: process.stdin }).on('line', () => n++).on('close', () => console.log(n, 'lines'))"],
        &dir.0,
        "a\nb\r\nc",
    );
    assert_eq!(stdout(&o), "3 lines\n", "stderr: {}", stderr(&o));
}

#[test]
fn hooked_stdout_write_captures_console_log() {
    let dir = TempDir::new("hook");
    let o = run(
        &["-e", "const w = process.stdout.write; const seen = []; process.stdout.write = (s) => (seen.push(s), true); console.log('x', 1); process.stdout.write = w; console.log(JSON.stringify(seen))"],
        &dir.0,
        "",
    );
    assert_eq!(stdout(&o), "[\"x 1\\n\"]\n");
}

#[test]
fn writing_to_a_closed_pipe_ends_quietly_for_console_and_errors_the_stream() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    for (code, expect_exit) in [
        ("for (let i = 0; i < 200000; i++) console.log(i)", 0),
        ("let i = 0; (function f() { for (let k = 0; k < 1000; k++) process.stdout.write(i++ + '\\n'); setImmediate(f); })()", 1),
    ] {
        let mut child = Command::new(tests::runtime_bin())
            .args(["-e", code])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut out = child.stdout.take().expect("stdout");
        let mut first = [0u8; 2];
        out.read_exact(&mut first).expect("read");
        drop(out); // the reader goes away, like `| head -1`
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(expect_exit), "for {code}");
    }
}
