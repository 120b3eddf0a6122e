//! How a connection's timeouts are driven: the request deadline (keep-alive,
//! head and body waits; see `timeouts.rs`) and the inactivity timer of
//! `socket.setTimeout` (see `idle.rs`).

use std::rc::Rc;

use crate::conn::{Connection, Phase};
use crate::timeouts::{OnTimer, Wait};
use crate::HttpError;

impl Connection {
    /// Starts the timeout for `wait`.
    pub(crate) fn wait_for(&self, wait: Wait) {
        let timeouts = self.handler.timeouts();
        self.deadline.set(
            &self.event_loop,
            wait,
            &timeouts,
            self.timer_callback(Connection::on_deadline),
        );
    }

    /// Sets the inactivity timeout (Node's `socket.setTimeout`): after
    /// `ms` without reading or writing, [`Handler::on_timeout`] is called
    /// (once per idle period). 0 turns it off.
    pub fn set_timeout(&self, ms: f64) {
        self.idle.set(
            &self.event_loop,
            ms,
            self.timer_callback(Connection::on_idle),
        );
    }

    /// Waiting for the next request of a keep-alive connection, the
    /// keep-alive timeout applies instead of the inactivity timeout (as in
    /// Node); the latter resumes with the next request.
    pub(crate) fn suspend_idle_timeout(&self) {
        self.idle.suspend();
    }

    /// A request begins: the inactivity timeout counts again.
    pub(crate) fn resume_idle_timeout(&self) {
        self.idle
            .resume(&self.event_loop, self.timer_callback(Connection::on_idle));
    }

    /// Something was read or written.
    pub(crate) fn touch(&self) {
        self.idle
            .touch(&self.event_loop, self.timer_callback(Connection::on_idle));
    }

    /// The inactivity timer fired.
    fn on_idle(self: &Rc<Self>) {
        if self
            .idle
            .fired(&self.event_loop, self.timer_callback(Connection::on_idle))
        {
            self.handler.on_timeout(self);
        }
    }

    /// The deadline's timer fired.
    fn on_deadline(self: &Rc<Self>) {
        let Some(wait) = self.deadline.fired(
            &self.event_loop,
            self.timer_callback(Connection::on_deadline),
        ) else {
            return;
        };
        let (in_head, in_body, idle, responding) = {
            let st = self.state.borrow();
            (
                st.phase == Phase::Head,
                st.phase == Phase::Body,
                st.input.is_empty(),
                st.response.is_some(),
            )
        };
        match wait {
            Wait::KeepAlive if in_head && idle => {
                tracing::debug!("keep-alive timeout");
                self.close();
            }
            Wait::Head if in_head => self.time_out(responding),
            Wait::Body if in_body => self.time_out(responding),
            _ => {}
        }
    }

    /// A request did not arrive in time: 408, or just closing when a
    /// response is already under way (a 408 cannot follow it).
    fn time_out(self: &Rc<Self>, responding: bool) {
        tracing::debug!("request timeout");
        if responding {
            self.close();
        } else {
            self.reject(HttpError::Timeout);
        }
    }

    /// Makes the callback of one of the connection's timers: `then`, on the
    /// connection if it is still there.
    fn timer_callback(&self, then: fn(&Rc<Connection>)) -> impl FnOnce() -> OnTimer {
        let me = self.me.clone();
        move || -> OnTimer {
            Box::new(move |_, _| {
                if let Some(conn) = me.upgrade() {
                    then(&conn);
                }
            })
        }
    }
}
