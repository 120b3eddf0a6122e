//! The timer queue: Node's timer semantics on an ordered map.
//!
//! Deadlines are kept in a `BTreeMap` keyed by `(deadline, sequence)`, so
//! insert, cancel and "next due" are O(log n) and timers due at the same
//! instant fire in the order they were scheduled.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use crate::EventLoop;

/// Identifies a timer in its [`EventLoop`]. Never reused within one loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimerId(pub(crate) u64);

impl TimerId {
    /// The id as a plain number, for hosts that hand it to scripts.
    pub fn as_u64(self) -> u64 {
        self.0
    }

    /// Rebuilds an id from [`TimerId::as_u64`].
    pub fn from_u64(raw: u64) -> Self {
        TimerId(raw)
    }
}

pub(crate) type TimerCallback = Box<dyn FnMut(&EventLoop, TimerId)>;

/// Node clamps delays: anything below 1 ms or above 2^31-1 ms (or not a
/// number) becomes 1 ms.
pub(crate) const MAX_DELAY_MS: u64 = (1 << 31) - 1;

struct Entry {
    delay: Duration,
    repeat: bool,
    refed: bool,
    /// Position in the queue while armed; `None` while its callback runs or
    /// after a one-shot timer fired.
    key: Option<(Instant, u64)>,
    /// Taken out while the callback runs, so the callback may touch the queue.
    callback: Option<TimerCallback>,
}

#[derive(Default)]
pub(crate) struct Timers {
    queue: BTreeMap<(Instant, u64), TimerId>,
    entries: HashMap<TimerId, Entry>,
    next_id: u64,
    next_seq: u64,
    refed: usize,
}

impl Timers {
    pub(crate) fn insert(
        &mut self,
        now: Instant,
        delay: Duration,
        repeat: bool,
        callback: TimerCallback,
    ) -> TimerId {
        self.next_id += 1;
        let id = TimerId(self.next_id);
        let key = self.arm(id, now + delay);
        self.entries.insert(
            id,
            Entry {
                delay,
                repeat,
                refed: true,
                key: Some(key),
                callback: Some(callback),
            },
        );
        self.refed += 1;
        id
    }

    fn arm(&mut self, id: TimerId, deadline: Instant) -> (Instant, u64) {
        self.next_seq += 1;
        let key = (deadline, self.next_seq);
        self.queue.insert(key, id);
        key
    }

    /// Cancels a timer. Returns false when it no longer exists.
    pub(crate) fn remove(&mut self, id: TimerId) -> bool {
        let Some(entry) = self.entries.remove(&id) else {
            return false;
        };
        if let Some(key) = entry.key {
            self.queue.remove(&key);
        }
        if entry.refed {
            self.refed -= 1;
        }
        true
    }

    /// Re-arms a timer for its delay from `now` (Node's `timeout.refresh()`).
    /// Works on a timer whose callback is running. Returns false when the
    /// timer no longer exists.
    pub(crate) fn refresh(&mut self, id: TimerId, now: Instant) -> bool {
        let Some(entry) = self.entries.get_mut(&id) else {
            return false;
        };
        let old = entry.key.take();
        let delay = entry.delay;
        if let Some(key) = old {
            self.queue.remove(&key);
        }
        let key = self.arm(id, now + delay);
        if let Some(entry) = self.entries.get_mut(&id) {
            entry.key = Some(key);
        }
        true
    }

    pub(crate) fn set_ref(&mut self, id: TimerId, refed: bool) {
        if let Some(entry) = self.entries.get_mut(&id) {
            crate::liveness::set_ref(&mut entry.refed, refed, &mut self.refed);
        }
    }

    pub(crate) fn has_ref(&self, id: TimerId) -> bool {
        self.entries.get(&id).is_some_and(|e| e.refed)
    }

    pub(crate) fn refed_count(&self) -> usize {
        self.refed
    }

    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// The earliest armed deadline.
    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        self.queue.keys().next().map(|(deadline, _)| *deadline)
    }

    /// Takes the first timer due at `now`, disarming it and lending out its
    /// callback. The caller runs the callback and then calls [`Timers::finish`].
    pub(crate) fn pop_due(&mut self, now: Instant) -> Option<(TimerId, TimerCallback)> {
        loop {
            let (&key, &id) = self.queue.iter().next()?;
            if key.0 > now {
                return None;
            }
            self.queue.remove(&key);
            let Some(entry) = self.entries.get_mut(&id) else {
                continue;
            };
            entry.key = None;
            match entry.callback.take() {
                Some(callback) => return Some((id, callback)),
                None => continue,
            }
        }
    }

    /// Gives a callback back after it ran: an interval is re-armed from `now`,
    /// a one-shot timer is dropped unless the callback refreshed it.
    pub(crate) fn finish(&mut self, id: TimerId, callback: TimerCallback, now: Instant) {
        let Some(entry) = self.entries.get_mut(&id) else {
            return; // cleared by its own callback
        };
        entry.callback = Some(callback);
        if entry.key.is_some() {
            return; // refreshed by its own callback
        }
        if entry.repeat {
            let deadline = now + entry.delay;
            let key = self.arm(id, deadline);
            if let Some(entry) = self.entries.get_mut(&id) {
                entry.key = Some(key);
            }
        } else {
            self.remove(id);
        }
    }
}

/// Clamps a delay in milliseconds the way Node does for `setTimeout`.
pub(crate) fn clamp_delay_ms(ms: f64) -> Duration {
    let ms = if ms.is_nan() || ms < 1.0 || ms > MAX_DELAY_MS as f64 {
        1.0
    } else {
        ms.trunc()
    };
    Duration::from_millis(ms as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noop() -> TimerCallback {
        Box::new(|_, _| {})
    }

    #[test]
    fn clamps_like_node() {
        assert_eq!(clamp_delay_ms(0.0), Duration::from_millis(1));
        assert_eq!(clamp_delay_ms(-5.0), Duration::from_millis(1));
        assert_eq!(clamp_delay_ms(f64::NAN), Duration::from_millis(1));
        assert_eq!(clamp_delay_ms(2147483648.0), Duration::from_millis(1));
        assert_eq!(
            clamp_delay_ms(2147483647.0),
            Duration::from_millis(MAX_DELAY_MS)
        );
        assert_eq!(clamp_delay_ms(10.7), Duration::from_millis(10));
    }

    #[test]
    fn same_deadline_fires_in_insertion_order() {
        let mut t = Timers::default();
        let now = Instant::now();
        let ids: Vec<_> = (0..5)
            .map(|_| t.insert(now, Duration::from_millis(1), false, noop()))
            .collect();
        let later = now + Duration::from_millis(1);
        let mut fired = Vec::new();
        while let Some((id, cb)) = t.pop_due(later) {
            fired.push(id);
            t.finish(id, cb, later);
        }
        assert_eq!(fired, ids);
        assert!(t.is_empty());
        assert_eq!(t.refed_count(), 0);
    }

    #[test]
    fn earlier_deadline_first_and_not_before_due() {
        let mut t = Timers::default();
        let now = Instant::now();
        let a = t.insert(now, Duration::from_millis(2), false, noop());
        let b = t.insert(now, Duration::from_millis(1), false, noop());
        assert!(t.pop_due(now).is_none());
        let (first, cb) = t.pop_due(now + Duration::from_millis(2)).expect("due");
        assert_eq!(first, b);
        t.finish(first, cb, now);
        let (second, _) = t.pop_due(now + Duration::from_millis(2)).expect("due");
        assert_eq!(second, a);
    }

    #[test]
    fn cancel_ref_and_refresh() {
        let mut t = Timers::default();
        let now = Instant::now();
        let a = t.insert(now, Duration::from_millis(5), false, noop());
        t.set_ref(a, false);
        assert!(!t.has_ref(a));
        assert_eq!(t.refed_count(), 0);
        t.set_ref(a, true);
        assert_eq!(t.refed_count(), 1);
        assert!(t.refresh(a, now + Duration::from_millis(4)));
        assert!(t.pop_due(now + Duration::from_millis(5)).is_none());
        assert!(t.pop_due(now + Duration::from_millis(9)).is_some());
        assert!(t.remove(a));
        assert!(!t.remove(a));
        assert_eq!(t.refed_count(), 0);
    }

    #[test]
    fn interval_rearms_after_callback() {
        let mut t = Timers::default();
        let now = Instant::now();
        let a = t.insert(now, Duration::from_millis(3), true, noop());
        let at = now + Duration::from_millis(3);
        let (id, cb) = t.pop_due(at).expect("due");
        t.finish(id, cb, at);
        assert_eq!(t.next_deadline(), Some(at + Duration::from_millis(3)));
        assert!(t.has_ref(a));
    }

    #[test]
    fn a_million_timers_is_not_quadratic() {
        let mut t = Timers::default();
        let now = Instant::now();
        let ids: Vec<_> = (0..1_000_000u64)
            .map(|i| t.insert(now, Duration::from_millis(i % 1000 + 1), false, noop()))
            .collect();
        for id in ids.iter().step_by(2) {
            assert!(t.remove(*id));
        }
        let end = now + Duration::from_secs(2);
        let mut n = 0;
        while let Some((id, cb)) = t.pop_due(end) {
            t.finish(id, cb, end);
            n += 1;
        }
        assert_eq!(n, 500_000);
        assert_eq!(t.refed_count(), 0);
    }
}
