//! A connection's inactivity timeout (Node's `socket.setTimeout`): it
//! fires once the connection has neither read nor written anything for the
//! set time, then stays quiet until the next activity.
//!
//! Activity only records the loop time; the one timer is re-armed lazily
//! when it fires early, so a busy connection costs no timer-heap work per
//! read or write.

use std::cell::Cell;

use runtime_core::{EventLoop, TimerId};

use crate::timeouts::{arm_timeout, OnTimer};

/// An inactivity timer; see the module docs.
#[derive(Default)]
pub(crate) struct IdleTimer {
    /// The allowed idle time in ms; 0 when off.
    ms: Cell<f64>,
    /// Loop time of the last activity.
    last: Cell<f64>,
    /// The armed timer, if any.
    timer: Cell<Option<TimerId>>,
    /// Off for now (see [`suspend`](Self::suspend)).
    suspended: Cell<bool>,
}

impl IdleTimer {
    /// Sets the idle time (0 turns it off) and starts counting from now.
    pub(crate) fn set(&self, lp: &EventLoop, ms: f64, on_timer: impl FnOnce() -> OnTimer) {
        if let Some(id) = self.timer.take() {
            lp.clear_timer(id);
        }
        self.ms.set(ms);
        if ms > 0.0 && !self.suspended.get() {
            self.last.set(lp.now_ms());
            self.arm(lp, ms, on_timer());
        }
    }

    /// Stops counting until [`resume`](Self::resume) (the setting stays).
    pub(crate) fn suspend(&self) {
        self.suspended.set(true);
    }

    /// Counts again, from now, after [`suspend`](Self::suspend).
    pub(crate) fn resume(&self, lp: &EventLoop, on_timer: impl FnOnce() -> OnTimer) {
        if self.suspended.replace(false) {
            self.touch(lp, on_timer);
        }
    }

    /// Records activity; after the timeout has fired, starts it again.
    pub(crate) fn touch(&self, lp: &EventLoop, on_timer: impl FnOnce() -> OnTimer) {
        let ms = self.ms.get();
        if ms <= 0.0 || self.suspended.get() {
            return;
        }
        self.last.set(lp.now_ms());
        if self.timer.get().is_none() {
            self.arm(lp, ms, on_timer());
        }
    }

    /// The timer fired: true when the connection has really been idle for
    /// the whole time (the timer then stays off until the next activity);
    /// otherwise it is re-armed for the rest.
    pub(crate) fn fired(&self, lp: &EventLoop, on_timer: impl FnOnce() -> OnTimer) -> bool {
        self.timer.set(None);
        let ms = self.ms.get();
        if ms <= 0.0 || self.suspended.get() {
            return false;
        }
        let left = self.last.get() + ms - lp.now_ms();
        if left <= 0.0 {
            return true;
        }
        self.arm(lp, left, on_timer());
        false
    }

    /// Drops the timer (the connection is closing).
    pub(crate) fn cancel(&self, lp: &EventLoop) {
        self.ms.set(0.0);
        if let Some(id) = self.timer.take() {
            lp.clear_timer(id);
        }
    }

    fn arm(&self, lp: &EventLoop, ms: f64, callback: OnTimer) {
        self.timer.set(Some(arm_timeout(lp, ms, callback)));
    }
}
