//! Connection timeouts, with Node's defaults: an idle keep-alive
//! connection closes after `keep_alive_ms`; a request head must arrive
//! within `headers_ms` of its first byte and a body within `request_ms` of
//! its head, else 408 and close. A connection that has sent nothing yet is
//! not timed, as in Node.
//!
//! A connection has one deadline at a time and at most one loop timer.
//! Moving the deadline is a field write; the timer is re-armed only when
//! the new deadline is earlier than the one it was set for, or when it
//! fires early and finds the deadline moved on. A keep-alive connection
//! serving a stream of requests thus touches the timer heap about once per
//! keep-alive period, not per request.

use std::cell::Cell;

use runtime_core::{EventLoop, TimerId};

/// How long a connection may wait for each thing, in milliseconds; 0
/// disables that timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Idle time allowed between a response and the next request (5 s).
    pub keep_alive_ms: u64,
    /// Time allowed to receive a whole request head (60 s).
    pub headers_ms: u64,
    /// Time allowed to receive a request body after its head (300 s).
    pub request_ms: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            keep_alive_ms: 5_000,
            headers_ms: 60_000,
            request_ms: 300_000,
        }
    }
}

/// What a connection is waiting for when its deadline passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    /// The next request on an idle keep-alive connection.
    KeepAlive,
    /// The rest of a request head.
    Head,
    /// The rest of a request body.
    Body,
}

impl Wait {
    fn limit(self, t: &Timeouts) -> u64 {
        match self {
            Wait::KeepAlive => t.keep_alive_ms,
            Wait::Head => t.headers_ms,
            Wait::Body => t.request_ms,
        }
    }
}

/// The callback a deadline's timer runs.
pub(crate) type OnTimer = Box<dyn FnMut(&EventLoop, TimerId)>;

/// A connection's deadline and the timer that watches it.
#[derive(Default)]
pub(crate) struct Deadline {
    /// When (loop ms) and for what.
    due: Cell<Option<(f64, Wait)>>,
    /// The armed timer and the loop time it fires at.
    timer: Cell<Option<(TimerId, f64)>>,
}

impl Deadline {
    /// What the connection is waiting for, if anything is timed.
    pub(crate) fn waiting(&self) -> Option<Wait> {
        self.due.get().map(|(_, w)| w)
    }

    /// Starts waiting for `wait` under `timeouts`; `on_timer` makes the
    /// timer's callback should one be needed.
    pub(crate) fn set(
        &self,
        lp: &EventLoop,
        wait: Wait,
        timeouts: &Timeouts,
        on_timer: impl FnOnce() -> OnTimer,
    ) {
        let ms = wait.limit(timeouts);
        if ms == 0 {
            self.due.set(None);
            return;
        }
        let at = lp.now_ms() + ms as f64;
        self.due.set(Some((at, wait)));
        match self.timer.get() {
            Some((_, fires)) if fires <= at => {}
            Some((id, _)) => {
                lp.clear_timer(id);
                self.arm(lp, ms as f64, at, on_timer());
            }
            None => self.arm(lp, ms as f64, at, on_timer()),
        }
    }

    /// Stops waiting (the timer, if armed, will find nothing due).
    pub(crate) fn clear(&self) {
        self.due.set(None);
    }

    /// The timer fired: returns what timed out, or re-arms for a deadline
    /// that has moved later.
    pub(crate) fn fired(&self, lp: &EventLoop, on_timer: impl FnOnce() -> OnTimer) -> Option<Wait> {
        self.timer.set(None);
        let (at, wait) = self.due.get()?;
        let now = lp.now_ms();
        if now >= at {
            self.due.set(None);
            return Some(wait);
        }
        self.arm(lp, at - now, at, on_timer());
        None
    }

    /// Drops the deadline and its timer (the connection is closing).
    pub(crate) fn cancel(&self, lp: &EventLoop) {
        self.due.set(None);
        if let Some((id, _)) = self.timer.take() {
            lp.clear_timer(id);
        }
    }

    fn arm(&self, lp: &EventLoop, ms: f64, at: f64, callback: OnTimer) {
        self.timer.set(Some((arm_timeout(lp, ms, callback), at)));
    }
}

/// Sets a connection timeout's loop timer: unreferenced, as a pending
/// timeout alone never keeps the process alive.
pub(crate) fn arm_timeout(lp: &EventLoop, ms: f64, callback: OnTimer) -> TimerId {
    let id = lp.set_timer(ms, false, callback);
    lp.set_timer_ref(id, false);
    id
}
