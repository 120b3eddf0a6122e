//! The loop's public behaviour: phase order, liveness, sources, the pool.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::rc::Rc;

use runtime_core::{EventLoop, Interest, Readiness, Source};

type Log = Rc<RefCell<Vec<String>>>;

fn log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn push(log: &Log, s: &str) {
    log.borrow_mut().push(s.to_string());
}

#[test]
fn run_returns_at_once_when_nothing_is_alive() {
    let lp = EventLoop::new().unwrap();
    assert!(!lp.is_alive());
    lp.run().unwrap();
}

#[test]
fn timers_fire_in_deadline_then_creation_order() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    for (name, delay) in [("a", 2.0), ("b", 1.0), ("c", 1.0), ("d", 0.0)] {
        let l = l.clone();
        lp.set_timer(delay, false, move |_, _| push(&l, name));
    }
    lp.run().unwrap();
    assert_eq!(*l.borrow(), ["b", "c", "d", "a"]);
}

#[test]
fn immediates_queued_during_check_wait_a_turn_behind_due_timers() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let l1 = l.clone();
    lp.set_immediate(move |lp, _| {
        push(&l1, "immediate 1");
        let l2 = l1.clone();
        lp.set_immediate(move |_, _| push(&l2, "immediate 2"));
        let l3 = l1.clone();
        lp.set_timer(0.0, false, move |_, _| push(&l3, "timer"));
        // Let the 1 ms timer become due before the next iteration.
        std::thread::sleep(std::time::Duration::from_millis(3));
    });
    lp.run().unwrap();
    assert_eq!(*l.borrow(), ["immediate 1", "timer", "immediate 2"]);
}

#[test]
fn unref_timer_does_not_keep_the_loop_alive() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let l1 = l.clone();
    let id = lp.set_timer(50.0, false, move |_, _| push(&l1, "fired"));
    lp.set_timer_ref(id, false);
    assert!(!lp.timer_has_ref(id));
    lp.run().unwrap();
    assert!(l.borrow().is_empty());
}

#[test]
fn interval_runs_until_cleared_from_its_callback() {
    let lp = EventLoop::new().unwrap();
    let count = Rc::new(RefCell::new(0));
    let id_cell = Rc::new(RefCell::new(None));
    let (c, idc) = (count.clone(), id_cell.clone());
    let id = lp.set_timer(1.0, true, move |lp, _| {
        *c.borrow_mut() += 1;
        if *c.borrow() == 3 {
            if let Some(id) = *idc.borrow() {
                assert!(lp.clear_timer(id));
            }
        }
    });
    *id_cell.borrow_mut() = Some(id);
    lp.run().unwrap();
    assert_eq!(*count.borrow(), 3);
}

#[test]
fn refresh_from_own_callback_reactivates_a_timeout() {
    let lp = EventLoop::new().unwrap();
    let count = Rc::new(RefCell::new(0));
    let id_cell = Rc::new(RefCell::new(None));
    let (c, idc) = (count.clone(), id_cell.clone());
    let id = lp.set_timer(1.0, false, move |lp, _| {
        *c.borrow_mut() += 1;
        if *c.borrow() < 2 {
            if let Some(id) = *idc.borrow() {
                assert!(lp.refresh_timer(id));
            }
        }
    });
    *id_cell.borrow_mut() = Some(id);
    lp.run().unwrap();
    assert_eq!(*count.borrow(), 2);
    assert!(!lp.refresh_timer(id));
}

#[test]
fn cleared_immediate_does_not_run() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let l1 = l.clone();
    let id = lp.set_immediate(move |_, _| push(&l1, "ran"));
    assert!(lp.clear_immediate(id));
    assert!(!lp.clear_immediate(id));
    lp.run().unwrap();
    assert!(l.borrow().is_empty());
}

#[test]
fn phases_run_in_libuv_order() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let (a, b, c) = (l.clone(), l.clone(), l.clone());
    lp.on_close(move |_| push(&a, "close"));
    lp.set_immediate(move |_, _| push(&b, "check"));
    lp.defer(move |_| push(&c, "pending"));
    let d = l.clone();
    lp.set_timer(0.0, false, move |_, _| push(&d, "timer"));
    std::thread::sleep(std::time::Duration::from_millis(2));
    lp.run().unwrap();
    assert_eq!(*l.borrow(), ["timer", "pending", "check", "close"]);
}

#[test]
fn blocking_work_completes_on_the_loop_thread() {
    let lp = EventLoop::new().unwrap();
    let results = Rc::new(RefCell::new(Vec::new()));
    let loop_thread = std::thread::current().id();
    for i in 0..16u64 {
        let r = results.clone();
        lp.spawn_blocking(
            move || {
                std::thread::sleep(std::time::Duration::from_millis(2));
                (i * 2, std::thread::current().id())
            },
            move |_, (v, worker)| {
                assert_ne!(worker, loop_thread);
                assert_eq!(std::thread::current().id(), loop_thread);
                r.borrow_mut().push(v);
            },
        );
    }
    assert!(lp.is_alive());
    lp.run().unwrap();
    let mut got = results.borrow().clone();
    got.sort_unstable();
    assert_eq!(got, (0..16).map(|i| i * 2).collect::<Vec<_>>());
}

/// A socket end that reads everything it is sent, then deregisters on EOF.
struct Reader {
    sock: UnixStream,
    id: RefCell<Option<runtime_core::SourceId>>,
    got: Rc<RefCell<Vec<u8>>>,
}

// SAFETY: `sock` is owned by the source and only closed when it is dropped,
// which cannot happen while the loop holds it.
unsafe impl Source for Reader {
    fn fd(&self) -> RawFd {
        self.sock.as_raw_fd()
    }

    fn on_ready(&self, lp: &EventLoop, readiness: Readiness) {
        assert!(readiness.readable);
        let mut buf = [0u8; 4096];
        match (&self.sock).read(&mut buf) {
            Ok(0) => {
                if let Some(id) = self.id.borrow_mut().take() {
                    lp.deregister(id);
                }
            }
            Ok(n) => self.got.borrow_mut().extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => panic!("read failed: {e}"),
        }
    }
}

#[test]
fn a_source_is_driven_until_it_deregisters() {
    let lp = EventLoop::new().unwrap();
    let (a, mut b) = UnixStream::pair().unwrap();
    a.set_nonblocking(true).unwrap();
    let got = Rc::new(RefCell::new(Vec::new()));
    let reader = Rc::new(Reader {
        sock: a,
        id: RefCell::new(None),
        got: got.clone(),
    });
    let id = lp.register(reader.clone(), Interest::READABLE).unwrap();
    *reader.id.borrow_mut() = Some(id);
    let writer = std::thread::spawn(move || {
        for _ in 0..10 {
            b.write_all(&[7u8; 1000]).unwrap();
        }
    });
    lp.run().unwrap();
    writer.join().unwrap();
    assert_eq!(got.borrow().len(), 10_000);
    assert!(!lp.is_alive());
}

#[test]
fn unref_source_lets_the_loop_exit() {
    let lp = EventLoop::new().unwrap();
    let (a, _b) = UnixStream::pair().unwrap();
    let reader = Rc::new(Reader {
        sock: a,
        id: RefCell::new(None),
        got: Rc::default(),
    });
    let id = lp.register(reader, Interest::READABLE).unwrap();
    lp.set_source_ref(id, false);
    lp.run().unwrap();
    assert!(lp.deregister(id).is_some());
}

#[test]
fn a_listener_source_accepts_a_real_tcp_client() {
    use std::net::TcpStream;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    struct Accept(std::net::TcpListener, Rc<RefCell<usize>>);
    // SAFETY: the listener owns its socket for as long as the source lives.
    unsafe impl Source for Accept {
        fn fd(&self) -> RawFd {
            self.0.as_raw_fd()
        }
        fn on_ready(&self, lp: &EventLoop, _: Readiness) {
            while let Ok((mut s, _)) = self.0.accept() {
                s.write_all(b"hello").unwrap();
                *self.1.borrow_mut() += 1;
                lp.stop();
            }
        }
    }
    let accepted = Rc::new(RefCell::new(0));
    let lp = EventLoop::new().unwrap();
    let id = lp
        .register(
            Rc::new(Accept(listener, accepted.clone())),
            Interest::READABLE,
        )
        .unwrap();
    let client = std::thread::spawn(move || {
        let mut c = TcpStream::connect(addr).unwrap();
        let mut buf = [0u8; 5];
        c.read_exact(&mut buf).unwrap();
        buf
    });
    lp.run().unwrap();
    assert_eq!(&client.join().unwrap(), b"hello");
    assert_eq!(*accepted.borrow(), 1);
    assert!(lp.deregister(id).is_some());
}

/// A source that logs each readiness and queues a `before_wait` callback
/// that logs too, then deregisters.
struct Batcher {
    sock: UnixStream,
    name: &'static str,
    id: RefCell<Option<runtime_core::SourceId>>,
    log: Log,
}

// SAFETY: `sock` is owned by the source and only closed when it is dropped,
// which cannot happen while the loop holds it.
unsafe impl Source for Batcher {
    fn fd(&self) -> RawFd {
        self.sock.as_raw_fd()
    }

    fn on_ready(&self, lp: &EventLoop, _readiness: Readiness) {
        push(&self.log, &format!("ready {}", self.name));
        let (log, name) = (self.log.clone(), self.name);
        lp.before_wait(move |_| push(&log, &format!("flush {name}")));
        if let Some(id) = self.id.borrow_mut().take() {
            lp.deregister(id);
        }
    }
}

#[test]
fn before_wait_runs_once_the_ready_sources_are_served_and_before_check() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let mut peers = Vec::new();
    for name in ["a", "b"] {
        let (sock, mut peer) = UnixStream::pair().unwrap();
        peer.write_all(b"x").unwrap();
        peers.push(peer);
        let source = Rc::new(Batcher {
            sock,
            name,
            id: RefCell::new(None),
            log: l.clone(),
        });
        let id = lp.register(source.clone(), Interest::READABLE).unwrap();
        *source.id.borrow_mut() = Some(id);
    }
    let c = l.clone();
    lp.set_immediate(move |_, _| push(&c, "check"));
    lp.run().unwrap();
    let got = l.borrow().clone();
    assert_eq!(got.len(), 5, "{got:?}");
    // Both sources are served before either flush; the flushes keep their
    // order and come before the check phase.
    assert!(
        got[0].starts_with("ready") && got[1].starts_with("ready"),
        "{got:?}"
    );
    let flushes: Vec<String> = got[0..2]
        .iter()
        .map(|r| r.replace("ready", "flush"))
        .collect();
    assert_eq!(got[2..4], flushes[..], "{got:?}");
    assert_eq!(got[4], "check");
}

#[test]
fn before_wait_queued_outside_the_poll_phase_runs_before_the_loop_waits() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let (a, b, f) = (l.clone(), l.clone(), l.clone());
    // Had the loop waited for events before the flush, this timer would
    // fire first; the flush clears it.
    let far = lp.set_timer(1_000.0, false, move |_, _| push(&f, "far"));
    lp.set_timer(0.0, false, move |lp, _| {
        push(&a, "timer");
        let b = b.clone();
        lp.before_wait(move |lp| {
            push(&b, "flush");
            lp.clear_timer(far);
        });
    });
    std::thread::sleep(std::time::Duration::from_millis(2));
    lp.run().unwrap();
    assert_eq!(*l.borrow(), ["timer", "flush"]);
}

#[test]
fn a_queued_before_wait_keeps_the_loop_alive_and_runs_on_request() {
    let lp = EventLoop::new().unwrap();
    let l = log();
    let a = l.clone();
    lp.before_wait(move |_| push(&a, "ran"));
    assert!(lp.is_alive());
    lp.run_before_wait();
    assert_eq!(*l.borrow(), ["ran"]);
    assert!(!lp.is_alive());
}
