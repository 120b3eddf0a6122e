//! For socket-level tests of the `http` module: a server script run by the
//! runtime under test (`RUNTIME_BIN`, e.g. `node` to check expectations
//! against Node), its stdout lines as they come, and raw TCP clients.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use crate::{runtime_bin, TempDir};

/// How long to wait for anything before declaring a test failed.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// A running server script; killed on drop.
pub struct Served {
    child: Child,
    /// The port it listens on.
    pub port: u16,
    /// The script's stdout lines after the port line.
    lines: Receiver<String>,
    _dir: TempDir,
}

impl Served {
    /// The next line the script prints.
    pub fn line(&self) -> String {
        self.lines
            .recv_timeout(DEADLINE)
            .expect("the server printed another line")
    }

    /// The next `n` lines the script prints.
    pub fn lines(&self, n: usize) -> Vec<String> {
        (0..n).map(|_| self.line()).collect()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `script` (which must define `server`), makes it listen on an
/// ephemeral port and waits until it prints the port. `tag` names its
/// temporary directory.
pub fn serve(tag: &str, script: &str) -> Served {
    let dir = TempDir::new(tag);
    let source = format!(
        "const http = require('http');\n{script}\nserver.listen(0, '127.0.0.1', () => console.log(server.address().port));\n"
    );
    let path = dir.file("server.js", &source);
    let mut child = Command::new(runtime_bin())
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn runtime");
    let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let (tx, lines) = channel();
    std::thread::spawn(move || {
        for line in stdout.lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = lines
        .recv_timeout(DEADLINE)
        .expect("the server printed its port");
    let port = first
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("no port printed: {first:?}"));
    Served {
        child,
        port,
        lines,
        _dir: dir,
    }
}

/// A client connection whose reads and writes give up after [`DEADLINE`].
pub fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(DEADLINE)).expect("read timeout");
    s.set_write_timeout(Some(DEADLINE)).expect("write timeout");
    s
}

pub fn send(s: &mut TcpStream, bytes: &[u8]) {
    s.write_all(bytes).expect("send to the server");
}

/// Everything until the server closes the connection.
pub fn read_to_close(s: &mut TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    s.read_to_end(&mut out)
        .expect("the server closes the connection");
    out
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Reads until what was read in this call ends with `suffix`.
pub fn read_until(s: &mut TcpStream, suffix: &str) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !out.ends_with(suffix.as_bytes()) {
        match s.read(&mut buf) {
            Ok(0) => panic!("closed before {suffix:?}; got {:?}", text(&out)),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => panic!("{e} before {suffix:?}; got {:?}", text(&out)),
        }
    }
    text(&out)
}
