//! Module loading as a user meets it: NODE_PATH, and where errors in ES
//! modules and required files point.

use std::process::{Command, Stdio};

use tests::{runtime_bin, stderr, stdout, TempDir};

#[test]
fn node_path_directories_are_searched_last() {
    let dir = TempDir::new("nodepath");
    dir.file(
        "extra/shared-lib/index.js",
        "module.exports = 'from NODE_PATH';",
    );
    dir.file("app/main.js", "console.log(require('shared-lib'))");
    let o = Command::new(runtime_bin())
        .arg("main.js")
        .current_dir(dir.0.join("app"))
        .env("NODE_PATH", dir.0.join("extra"))
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "from NODE_PATH\n", "stderr: {}", stderr(&o));
}

#[test]
fn error_in_an_es_module_points_at_its_url_line_and_column() {
    let dir = TempDir::new("esmstack");
    dir.file(
        "dep.mjs",
        "export function boom() {\n  throw new RangeError('deep');\n}\n",
    );
    dir.file("main.mjs", "import { boom } from './dep.mjs';\nboom();\n");
    let o = tests::run(&["main.mjs"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let url = format!("file://{}", dir.0.join("dep.mjs").display());
    assert!(
        err.starts_with(&format!("{url}:2\n  throw new RangeError('deep');\n")),
        "stderr: {err}"
    );
    assert!(
        err.contains(&format!("RangeError: deep\n    at boom ({url}:2:")),
        "stderr: {err}"
    );
    assert!(err.contains("main.mjs:2:"), "stderr: {err}");
}

#[test]
fn syntax_error_in_an_imported_module_names_it() {
    let dir = TempDir::new("esmsyntax");
    dir.file("bad.mjs", "export const a = 1;\nlet x = ;\n");
    dir.file(
        "main.mjs",
        "import './bad.mjs';\nconsole.log('not reached');\n",
    );
    let o = tests::run(&["main.mjs"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.contains("bad.mjs:2\nlet x = ;\n        ^\n"),
        "stderr: {err}"
    );
    assert!(err.contains("SyntaxError"), "stderr: {err}");
}

#[test]
fn syntax_error_in_a_required_file_names_it() {
    let dir = TempDir::new("cjssyntax");
    dir.file("bad.js", "const a = 1;\n  a +* 2;\n");
    dir.file("main.js", "require('./bad');\n");
    let o = tests::run(&["main.js"], &dir.0, "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}:2\n", dir.0.join("bad.js").display())),
        "stderr: {err}"
    );
}

#[test]
fn main_module_by_package_type() {
    let dir = TempDir::new("esmtype");
    dir.file("package.json", "{\"type\": \"module\"}");
    dir.file("main.js", "import { sep } from 'node:path';\nconsole.log(typeof require, sep, import.meta.url.endsWith('/main.js'));\n");
    let o = tests::run(&["main.js"], &dir.0, "");
    assert_eq!(stdout(&o), "undefined / true\n", "stderr: {}", stderr(&o));
}
