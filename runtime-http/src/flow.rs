//! A connection's flow control: what it polls for (input while it has room
//! and may read, writability while output waits), pausing and resuming its
//! reading for the application, and leaving HTTP for an upgrade.

use std::rc::Rc;

use runtime_core::Interest;

use crate::conn::{Connection, Phase, READ_AHEAD};

impl Connection {
    /// Polls for what the connection can use now: input while it has
    /// room for it and reading is not paused, writability while output
    /// waits. (Level-triggered: asking for input it would not read would
    /// spin the loop.)
    pub(crate) fn update_interest(&self) {
        let mut st = self.state.borrow_mut();
        let readable = !st.paused
            && !st.read_closed
            && st.input.len() < READ_AHEAD
            && st.phase != Phase::Closing;
        // (A batched flush is queued: it writes without waiting.)
        let writable = st.written < st.output.len() && !st.flush_queued;
        let interest = match (readable, writable) {
            (true, true) => Interest::BOTH,
            (true, false) => Interest::READABLE,
            (false, true) => Interest::WRITABLE,
            (false, false) => Interest::NONE,
        };
        if st.interest == interest {
            return;
        }
        st.interest = interest;
        drop(st);
        if let Some(id) = self.id.get() {
            if let Err(err) = self.event_loop.set_interest(id, interest) {
                tracing::debug!(%err, "set_interest failed");
            }
        }
    }

    /// Stops reading: body pieces (or raw bytes) already buffered wait, and
    /// the peer is held back by TCP flow control.
    pub fn pause_reading(&self) {
        self.state.borrow_mut().paused = true;
        self.update_interest();
    }

    /// Reads again after [`pause_reading`](Self::pause_reading), first
    /// delivering what was buffered meanwhile.
    pub fn resume_reading(self: &Rc<Self>) {
        if !std::mem::replace(&mut self.state.borrow_mut().paused, false) {
            return;
        }
        self.process();
        self.update_interest();
    }

    /// Takes the connection out of HTTP, after an Upgrade or CONNECT
    /// request the application accepts: returns the bytes already read
    /// past the request head, and from now on input goes to
    /// [`Handler::on_data`] and writes go out unframed.
    pub fn upgrade(&self) -> Vec<u8> {
        self.deadline.cancel(&self.event_loop);
        let head = {
            let mut st = self.state.borrow_mut();
            st.phase = Phase::Raw;
            st.response = None;
            st.body = None;
            st.held = false;
            std::mem::take(&mut st.input)
        };
        self.update_interest();
        head
    }

    /// Lets an Upgrade or CONNECT request go on as an ordinary request
    /// (the application does not upgrade it): its body is read as usual.
    pub fn release(self: &Rc<Self>) {
        if !std::mem::replace(&mut self.state.borrow_mut().held, false) {
            return;
        }
        self.process();
        self.update_interest();
    }
}
