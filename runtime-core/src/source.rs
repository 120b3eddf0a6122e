//! The [`Source`] trait: what a pollable resource (listener, connection, pipe,
//! pidfd, signal pipe) implements to be driven by the [`EventLoop`].

use std::os::fd::RawFd;

use crate::EventLoop;

/// Identifies a registered source in its [`EventLoop`]. Stays valid until the
/// source is deregistered; ids may be reused after that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceId(pub(crate) usize);

/// Which readiness a source wants to hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interest {
    /// Wake when the fd is readable (or the peer hung up).
    pub readable: bool,
    /// Wake when the fd is writable.
    pub writable: bool,
}

impl Interest {
    /// Interest in neither direction: the source stays registered but quiet.
    pub const NONE: Interest = Interest {
        readable: false,
        writable: false,
    };
    /// Interest in readability only.
    pub const READABLE: Interest = Interest {
        readable: true,
        writable: false,
    };
    /// Interest in writability only.
    pub const WRITABLE: Interest = Interest {
        readable: false,
        writable: true,
    };
    /// Interest in both directions.
    pub const BOTH: Interest = Interest {
        readable: true,
        writable: true,
    };
}

/// What the poller reported for a source in one poll phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Readiness {
    /// The fd can be read without blocking (data, EOF or an error pending).
    pub readable: bool,
    /// The fd can be written without blocking.
    pub writable: bool,
}

/// A pollable resource driven by the event loop.
///
/// The loop holds the source as an `Rc<dyn Source>` while it is registered and
/// calls [`Source::on_ready`] from its poll phase. Methods take `&self`: a
/// source is typically shared with the code that uses it, and `on_ready` may
/// re-enter the loop (register, deregister, set timers), so implementations use
/// interior mutability and must not hold a borrow across a call that could
/// re-enter them.
///
/// # Safety
///
/// [`Source::fd`] must return the same open file descriptor, owned by the
/// source, from registration until the source is deregistered: the source must
/// not close it (or let it be closed) while registered. The loop relies on
/// this to hand the fd to the OS poller, which requires that a registered fd
/// is removed before it is closed.
pub unsafe trait Source {
    /// The file descriptor to poll.
    fn fd(&self) -> RawFd;

    /// Called on the loop thread when the fd is ready in a direction the
    /// source declared interest in.
    fn on_ready(&self, event_loop: &EventLoop, readiness: Readiness);
}
