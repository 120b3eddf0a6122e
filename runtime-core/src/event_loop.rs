//! [`EventLoop`]: the phases, liveness and the registry of sources, timers,
//! immediates and thread-pool jobs.

use std::any::Any;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::io;
use std::os::fd::BorrowedFd;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use polling::{Events, Poller};

mod registry;

use crate::immediates::Immediates;
use crate::source::{Interest, Readiness, Source};
use crate::thread_pool::ThreadPool;
use crate::timers::{clamp_delay_ms, Timers};
use crate::{ImmediateId, TimerId};

type Callback = Box<dyn FnOnce(&EventLoop)>;
type JobDone = Box<dyn FnOnce(&EventLoop, Box<dyn Any + Send>)>;

struct SourceEntry {
    source: Rc<dyn Source>,
    interest: Interest,
    refed: bool,
}

struct State {
    /// Loop time, cached like libuv's `uv_now`: updated at the start of each
    /// iteration and after polling, not during callbacks.
    now: Instant,
    start: Instant,
    timers: Timers,
    immediates: Immediates,
    sources: Vec<Option<SourceEntry>>,
    free_slots: Vec<usize>,
    refed_sources: usize,
    pending: VecDeque<Callback>,
    closing: VecDeque<Callback>,
    /// Run at the end of the poll phase and before the loop next waits.
    before_wait: Vec<Callback>,
    pool: Option<ThreadPool>,
    jobs: HashMap<u64, JobDone>,
    next_job: u64,
    stop: bool,
    events: Option<Events>,
}

impl State {
    /// Referenced timers, immediates and sources, and thread-pool jobs.
    fn has_refed_handles(&self) -> bool {
        self.timers.refed_count() > 0
            || self.immediates.refed_count() > 0
            || self.refed_sources > 0
            || !self.jobs.is_empty()
    }
}

struct Inner {
    poller: Arc<Poller>,
    state: RefCell<State>,
}

/// A single-threaded event loop with libuv's phases and liveness rule.
///
/// `EventLoop` is a cheap handle (an `Rc`): clone it into callbacks freely.
/// Every method takes `&self` and may be called from inside any callback the
/// loop runs; no internal borrow is held while a callback runs.
#[derive(Clone)]
pub struct EventLoop {
    inner: Rc<Inner>,
}

impl std::fmt::Debug for EventLoop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventLoop").finish_non_exhaustive()
    }
}

impl EventLoop {
    /// Creates a loop with its own OS poller. Nothing else (no threads) is
    /// started until it is needed.
    pub fn new() -> io::Result<Self> {
        let now = Instant::now();
        Ok(EventLoop {
            inner: Rc::new(Inner {
                poller: Arc::new(Poller::new()?),
                state: RefCell::new(State {
                    now,
                    start: now,
                    timers: Timers::default(),
                    immediates: Immediates::default(),
                    sources: Vec::new(),
                    free_slots: Vec::new(),
                    refed_sources: 0,
                    pending: VecDeque::new(),
                    closing: VecDeque::new(),
                    before_wait: Vec::new(),
                    pool: None,
                    jobs: HashMap::new(),
                    next_job: 0,
                    stop: false,
                    events: None,
                }),
            }),
        })
    }

    fn state(&self) -> std::cell::RefMut<'_, State> {
        self.inner.state.borrow_mut()
    }

    /// The cached loop time (see libuv's `uv_now`).
    pub fn now(&self) -> Instant {
        self.inner.state.borrow().now
    }

    /// Milliseconds of loop time since the loop was created.
    pub fn now_ms(&self) -> f64 {
        let state = self.inner.state.borrow();
        state.now.duration_since(state.start).as_secs_f64() * 1000.0
    }

    /// Refreshes the cached loop time from the clock.
    pub fn update_time(&self) {
        self.state().now = Instant::now();
    }

    // ---- timers ---------------------------------------------------------

    /// Schedules `callback` after `delay_ms` milliseconds of loop time,
    /// clamped like Node (below 1, above 2^31-1 or NaN → 1 ms). With
    /// `repeat`, the timer is re-armed for the same delay after each run.
    /// A new timer is referenced. The callback is told its timer's id.
    pub fn set_timer(
        &self,
        delay_ms: f64,
        repeat: bool,
        callback: impl FnMut(&EventLoop, TimerId) + 'static,
    ) -> TimerId {
        let delay = clamp_delay_ms(delay_ms);
        let mut state = self.state();
        let now = state.now;
        state.timers.insert(now, delay, repeat, Box::new(callback))
    }

    /// Cancels a timer. Returns false when it had already fired or been
    /// cleared.
    pub fn clear_timer(&self, id: TimerId) -> bool {
        self.state().timers.remove(id)
    }

    /// Re-arms a timer for its full delay from now (Node's `refresh()`).
    /// Returns false when the timer no longer exists.
    pub fn refresh_timer(&self, id: TimerId) -> bool {
        let mut state = self.state();
        let now = state.now;
        state.timers.refresh(id, now)
    }

    /// Sets whether a timer keeps the loop alive.
    pub fn set_timer_ref(&self, id: TimerId, refed: bool) {
        self.state().timers.set_ref(id, refed);
    }

    /// Whether a timer exists and keeps the loop alive.
    pub fn timer_has_ref(&self, id: TimerId) -> bool {
        self.inner.state.borrow().timers.has_ref(id)
    }

    // ---- immediates -----------------------------------------------------

    /// Queues `callback` for the check phase. Immediates queued while the
    /// check phase runs wait for the next iteration. A new immediate is
    /// referenced.
    pub fn set_immediate(
        &self,
        callback: impl FnOnce(&EventLoop, ImmediateId) + 'static,
    ) -> ImmediateId {
        self.state().immediates.push(Box::new(callback))
    }

    /// Cancels an immediate. Returns false when it already ran or was
    /// cleared.
    pub fn clear_immediate(&self, id: ImmediateId) -> bool {
        self.state().immediates.remove(id)
    }

    /// Sets whether a queued immediate keeps the loop alive.
    pub fn set_immediate_ref(&self, id: ImmediateId, refed: bool) {
        self.state().immediates.set_ref(id, refed);
    }

    /// Whether an immediate is queued and keeps the loop alive.
    pub fn immediate_has_ref(&self, id: ImmediateId) -> bool {
        self.inner.state.borrow().immediates.has_ref(id)
    }

    // ---- pending and close callbacks ---------------------------------------

    /// Runs `callback` in the pending-callbacks phase of the next iteration
    /// (libuv's deferred I/O callbacks). Keeps the loop alive until it runs.
    pub fn defer(&self, callback: impl FnOnce(&EventLoop) + 'static) {
        self.state().pending.push_back(Box::new(callback));
    }

    /// Runs `callback` once the sources made ready in this poll phase have
    /// all been served (at the phase's end), or, queued outside the poll
    /// phase, before the loop next waits for events. For work that gains
    /// from being batched across sources: a server's writes, made while it
    /// serves a batch of requests and sent together, wake their peers once
    /// per batch instead of once per response. Keeps the loop from sleeping
    /// until it runs.
    pub fn before_wait(&self, callback: impl FnOnce(&EventLoop) + 'static) {
        self.state().before_wait.push(Box::new(callback));
    }

    /// Runs the [`before_wait`](Self::before_wait) callbacks now (and any
    /// they queue): for a host about to exit, so no batched write is lost.
    pub fn run_before_wait(&self) {
        loop {
            let batch = std::mem::take(&mut self.state().before_wait);
            if batch.is_empty() {
                return;
            }
            for callback in batch {
                callback(self);
            }
        }
    }

    /// Runs `callback` in this or the next iteration's close phase (libuv's
    /// `uv_close` callback). Keeps the loop alive until it runs.
    pub fn on_close(&self, callback: impl FnOnce(&EventLoop) + 'static) {
        self.state().closing.push_back(Box::new(callback));
    }

    // ---- thread pool ------------------------------------------------------

    /// Runs `work` on the thread pool, then `done` with its result on the
    /// loop thread, in the poll phase. The loop stays alive until `done` ran.
    /// A panic in `work` is re-raised on the loop thread.
    pub fn spawn_blocking<T, W, D>(&self, work: W, done: D)
    where
        T: Send + 'static,
        W: FnOnce() -> T + Send + 'static,
        D: FnOnce(&EventLoop, T) + 'static,
    {
        let mut state = self.state();
        state.next_job += 1;
        let job = state.next_job;
        state.jobs.insert(
            job,
            Box::new(move |lp: &EventLoop, value: Box<dyn Any + Send>| {
                if let Ok(value) = value.downcast::<T>() {
                    done(lp, *value);
                }
            }),
        );
        let poller = Arc::clone(&self.inner.poller);
        state
            .pool
            .get_or_insert_with(|| ThreadPool::new(poller))
            .submit(job, work);
    }

    // ---- running ----------------------------------------------------------

    /// Whether anything referenced remains: the loop would run another
    /// iteration.
    pub fn is_alive(&self) -> bool {
        let state = self.inner.state.borrow();
        state.has_refed_handles()
            || !state.pending.is_empty()
            || !state.closing.is_empty()
            || !state.before_wait.is_empty()
    }

    /// Makes [`EventLoop::run`] return after the current phase.
    pub fn stop(&self) {
        self.state().stop = true;
    }

    /// Runs iterations until nothing referenced is left or
    /// [`EventLoop::stop`] is called.
    pub fn run(&self) -> io::Result<()> {
        self.state().stop = false;
        self.update_time();
        while self.is_alive() && !self.inner.state.borrow().stop {
            self.run_iteration()?;
        }
        Ok(())
    }

    /// Runs one iteration: timers, pending, poll, check, close.
    pub fn run_iteration(&self) -> io::Result<()> {
        self.update_time();
        tracing::trace!("loop iteration");
        self.run_timers();
        self.run_queue(|s| &mut s.pending);
        self.poll_io()?;
        self.run_check();
        self.run_queue(|s| &mut s.closing);
        Ok(())
    }

    fn run_timers(&self) {
        loop {
            let mut state = self.state();
            let now = state.now;
            let Some((id, mut callback)) = state.timers.pop_due(now) else {
                return;
            };
            drop(state);
            callback(self, id);
            let mut state = self.state();
            let now = state.now;
            state.timers.finish(id, callback, now);
        }
    }

    /// Runs the callbacks queued before the phase began; ones queued by
    /// those callbacks wait for the next iteration.
    fn run_queue(&self, queue: fn(&mut State) -> &mut VecDeque<Callback>) {
        let batch = std::mem::take(queue(&mut self.state()));
        for callback in batch {
            callback(self);
        }
    }

    fn run_check(&self) {
        let upto = self.inner.state.borrow().immediates.last_id();
        loop {
            let next = self.state().immediates.pop(upto);
            match next {
                Some((id, callback)) => callback(self, id),
                None => return,
            }
        }
    }

    fn poll_timeout(&self) -> Option<Duration> {
        let state = self.inner.state.borrow();
        if state.stop
            || !state.immediates.is_empty()
            || !state.pending.is_empty()
            || !state.closing.is_empty()
        {
            return Some(Duration::ZERO);
        }
        if !state.has_refed_handles() {
            return Some(Duration::ZERO);
        }
        state
            .timers
            .next_deadline()
            .map(|deadline| deadline.saturating_duration_since(state.now))
    }

    fn poll_io(&self) -> io::Result<()> {
        self.run_before_wait();
        let timeout = self.poll_timeout();
        let has_sources = !self.inner.state.borrow().sources.is_empty();
        let waits_for_jobs = !self.inner.state.borrow().jobs.is_empty();
        if !has_sources && !waits_for_jobs && timeout == Some(Duration::ZERO) {
            return Ok(());
        }
        let mut events = self.state().events.take().unwrap_or_default();
        events.clear();
        match self.inner.poller.wait(&mut events, timeout) {
            Ok(_) => {}
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => {
                self.state().events = Some(events);
                return Err(err);
            }
        }
        self.update_time();
        let ready: Vec<(usize, Readiness)> = events
            .iter()
            .map(|ev| {
                (
                    ev.key,
                    Readiness {
                        readable: ev.readable,
                        writable: ev.writable,
                    },
                )
            })
            .collect();
        self.state().events = Some(events);
        for (slot, readiness) in ready {
            let source = {
                let state = self.inner.state.borrow();
                match state.sources.get(slot) {
                    Some(Some(entry)) => Rc::clone(&entry.source),
                    _ => continue,
                }
            };
            source.on_ready(self, readiness);
        }
        self.run_before_wait();
        self.run_completions();
        Ok(())
    }

    fn run_completions(&self) {
        let finished = {
            let state = self.inner.state.borrow();
            match &state.pool {
                Some(pool) => pool.completions().take(),
                None => return,
            }
        };
        for (job, outcome) in finished {
            let done = self.state().jobs.remove(&job);
            let Some(done) = done else { continue };
            match outcome {
                Ok(value) => done(self, value),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        let state = self.state.get_mut();
        for entry in state.sources.drain(..).flatten() {
            // SAFETY: the source is still registered, so its fd is open
            // (Source contract); we delete it before dropping our reference.
            let fd = unsafe { BorrowedFd::borrow_raw(entry.source.fd()) };
            // Errors here only mean the fd is already gone from the poller.
            let _ = self.poller.delete(fd);
        }
    }
}
