//! The reactor of the runtime: a single-threaded event loop with libuv's phase
//! order, built on the `polling` crate.
//!
//! One iteration of [`EventLoop::run`] runs, in order:
//! timers → pending callbacks → poll for I/O (blocking only until the nearest
//! timer, and not at all while immediates or pending callbacks are queued) →
//! check (immediates) → close callbacks.
//!
//! The loop stays alive while a *referenced* timer, immediate, I/O source or
//! thread-pool job exists; `unref` takes one out of that count, like libuv's
//! `uv_unref`. When nothing referenced is left, `run` returns.
//!
//! This crate knows nothing of JavaScript or HTTP: other crates implement
//! [`Source`] for their resources and register them here.

mod event_loop;
mod immediates;
mod liveness;
mod signals;
mod source;
mod thread_pool;
mod timers;

pub use event_loop::EventLoop;
pub use immediates::ImmediateId;
pub use signals::{SignalWatcher, SUPPORTED_SIGNALS};
pub use source::{Interest, Readiness, Source, SourceId};
pub use timers::TimerId;
