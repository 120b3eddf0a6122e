//! The blocking-work thread pool (file system, DNS lookups and the like).
//!
//! Threads start lazily, on demand, up to the pool size (4, or
//! `RUNTIME_THREADPOOL_SIZE`), so a program that never blocks pays nothing.
//! A finished job's result is queued for the loop thread and the poller is
//! woken with `notify`; the loop then runs the job's completion callback in
//! its poll phase. Work never runs JavaScript; completions always run on the
//! loop thread.

use std::any::Any;
use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;

use polling::Poller;

/// What a finished job hands back to the loop thread: its result, or the
/// panic it raised (re-raised on the loop thread).
pub(crate) type JobOutcome = thread::Result<Box<dyn Any + Send>>;

type Work = Box<dyn FnOnce() + Send>;

/// Default number of worker threads, as in libuv.
const DEFAULT_SIZE: usize = 4;
/// Upper bound on `RUNTIME_THREADPOOL_SIZE`, as in libuv.
const MAX_SIZE: usize = 1024;

/// Results of finished jobs, waiting for the loop thread.
#[derive(Default)]
pub(crate) struct Completions {
    done: Mutex<Vec<(u64, JobOutcome)>>,
}

impl Completions {
    pub(crate) fn take(&self) -> Vec<(u64, JobOutcome)> {
        std::mem::take(&mut *self.done.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

struct Queue {
    jobs: VecDeque<Work>,
    idle: usize,
    threads: usize,
    shutdown: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    wake: Condvar,
}

pub(crate) struct ThreadPool {
    shared: Arc<Shared>,
    size: usize,
    completions: Arc<Completions>,
    poller: Arc<Poller>,
}

impl ThreadPool {
    pub(crate) fn new(poller: Arc<Poller>) -> Self {
        let size = std::env::var("RUNTIME_THREADPOOL_SIZE")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(DEFAULT_SIZE, |n| n.clamp(1, MAX_SIZE));
        ThreadPool {
            shared: Arc::new(Shared {
                queue: Mutex::new(Queue {
                    jobs: VecDeque::new(),
                    idle: 0,
                    threads: 0,
                    shutdown: false,
                }),
                wake: Condvar::new(),
            }),
            size,
            completions: Arc::default(),
            poller,
        }
    }

    pub(crate) fn completions(&self) -> &Completions {
        &self.completions
    }

    /// Queues `work`; its outcome is delivered under `job` to the loop.
    pub(crate) fn submit<T, F>(&self, job: u64, work: F)
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let completions = Arc::clone(&self.completions);
        let poller = Arc::clone(&self.poller);
        let wrapped: Work = Box::new(move || {
            let outcome = panic::catch_unwind(AssertUnwindSafe(work))
                .map(|value| Box::new(value) as Box<dyn Any + Send>);
            completions
                .done
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((job, outcome));
            if let Err(err) = poller.notify() {
                tracing::error!(%err, "thread pool could not wake the event loop");
            }
        });
        let mut queue = self
            .shared
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        queue.jobs.push_back(wrapped);
        if queue.idle == 0 && queue.threads < self.size {
            let shared = Arc::clone(&self.shared);
            let spawned = thread::Builder::new()
                .name(format!("runtime-pool-{}", queue.threads))
                .spawn(move || worker(&shared));
            match spawned {
                Ok(_) => queue.threads += 1,
                // The job stays queued: an existing worker will take it.
                Err(err) if queue.threads > 0 => {
                    tracing::warn!(%err, "could not start another pool thread");
                }
                Err(err) => {
                    // No worker at all: run the job here rather than lose it.
                    tracing::warn!(%err, "no pool thread could start; running job inline");
                    let job = queue.jobs.pop_back();
                    drop(queue);
                    if let Some(job) = job {
                        job();
                    }
                    return;
                }
            }
        }
        drop(queue);
        self.shared.wake.notify_one();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        let mut queue = self
            .shared
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        queue.shutdown = true;
        drop(queue);
        self.shared.wake.notify_all();
    }
}

fn worker(shared: &Shared) {
    let mut queue = shared.queue.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        if queue.shutdown {
            return;
        }
        if let Some(job) = queue.jobs.pop_front() {
            drop(queue);
            job();
            queue = shared.queue.lock().unwrap_or_else(PoisonError::into_inner);
            continue;
        }
        queue.idle += 1;
        queue = shared
            .wake
            .wait(queue)
            .unwrap_or_else(PoisonError::into_inner);
        queue.idle -= 1;
    }
}
