//! The hello-world HTTP server on runtime-http alone (no JavaScript): the
//! ceiling the JS server is measured against.
//!
//! Run: `cargo run --release -p runtime-http --example hello -- [PORT]`,
//! then `curl http://127.0.0.1:PORT/`.

use std::rc::Rc;

use runtime_core::EventLoop;
use runtime_http::{Connection, Handler, Limits, Request, Server};

struct Hello;

impl Handler for Hello {
    fn on_request(&self, _conn: &Rc<Connection>, _request: Request) {}

    fn on_body_end(&self, conn: &Rc<Connection>) {
        conn.respond(
            200,
            None,
            &[("Content-Type", b"text/plain")],
            b"Hello World",
        );
    }
}

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    let lp = EventLoop::new()?;
    let (_, addr) = Server::listen(
        &lp,
        ([127, 0, 0, 1], port).into(),
        Rc::new(Hello),
        Limits::default(),
    )?;
    println!("Server running at http://{addr}/");
    lp.run()
}
