//! The loop's registry of [`Source`]s: registering one with the poller,
//! changing what it is polled for, whether it keeps the loop alive, and
//! dropping it.

use std::io;
use std::os::fd::BorrowedFd;
use std::rc::Rc;

use polling::{Event, PollMode};

use super::{EventLoop, SourceEntry};
use crate::source::{Interest, Source, SourceId};

impl EventLoop {
    /// Registers `source` for readiness in the directions of `interest`.
    /// The source is referenced until [`EventLoop::set_source_ref`] says
    /// otherwise, and held by the loop until deregistered.
    pub fn register(&self, source: Rc<dyn Source>, interest: Interest) -> io::Result<SourceId> {
        let mut state = self.state();
        let slot = match state.free_slots.pop() {
            Some(slot) => slot,
            None => {
                state.sources.push(None);
                state.sources.len() - 1
            }
        };
        let fd = source.fd();
        // SAFETY: `Source`'s contract keeps `fd` open until the source is
        // deregistered, and the loop deletes it from the poller in
        // `deregister` (or when the loop is dropped) before releasing its
        // reference to the source.
        let added = unsafe {
            self.inner
                .poller
                .add_with_mode(fd, event(slot, interest), PollMode::Level)
        };
        if let Err(err) = added {
            state.free_slots.push(slot);
            return Err(err);
        }
        state.sources[slot] = Some(SourceEntry {
            source,
            interest,
            refed: true,
        });
        state.refed_sources += 1;
        tracing::trace!(slot, fd, "source registered");
        Ok(SourceId(slot))
    }

    /// Changes the directions a source is polled for.
    pub fn set_interest(&self, id: SourceId, interest: Interest) -> io::Result<()> {
        let mut state = self.state();
        let Some(Some(entry)) = state.sources.get_mut(id.0) else {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        };
        if entry.interest == interest {
            return Ok(());
        }
        // SAFETY: the source is registered, so its fd is open (Source contract).
        let fd = unsafe { BorrowedFd::borrow_raw(entry.source.fd()) };
        self.inner
            .poller
            .modify_with_mode(fd, event(id.0, interest), PollMode::Level)?;
        entry.interest = interest;
        Ok(())
    }

    /// Stops polling a source and drops the loop's reference to it. Returns
    /// the source, or `None` if `id` was not registered.
    pub fn deregister(&self, id: SourceId) -> Option<Rc<dyn Source>> {
        let mut state = self.state();
        let entry = state.sources.get_mut(id.0)?.take()?;
        state.free_slots.push(id.0);
        if entry.refed {
            state.refed_sources -= 1;
        }
        drop(state);
        // SAFETY: the source was registered until just now, so its fd is
        // still open (Source contract).
        let fd = unsafe { BorrowedFd::borrow_raw(entry.source.fd()) };
        if let Err(err) = self.inner.poller.delete(fd) {
            tracing::warn!(%err, "deleting a source from the poller failed");
        }
        Some(entry.source)
    }

    /// Sets whether a registered source keeps the loop alive.
    pub fn set_source_ref(&self, id: SourceId, refed: bool) {
        let mut state = self.state();
        let state = &mut *state;
        if let Some(Some(entry)) = state.sources.get_mut(id.0) {
            crate::liveness::set_ref(&mut entry.refed, refed, &mut state.refed_sources);
        }
    }
}

/// The poller event for source slot `key` polled for `interest`.
fn event(key: usize, interest: Interest) -> Event {
    match (interest.readable, interest.writable) {
        (true, true) => Event::all(key),
        (true, false) => Event::readable(key),
        (false, true) => Event::writable(key),
        (false, false) => Event::none(key),
    }
}
