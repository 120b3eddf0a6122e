//! The check-phase queue (`setImmediate`): first in, first out, with cancel
//! and ref/unref by id.

use std::collections::{HashMap, VecDeque};

use crate::EventLoop;

/// Identifies a queued immediate. Never reused within one loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ImmediateId(pub(crate) u64);

impl ImmediateId {
    /// The id as a plain number, for hosts that hand it to scripts.
    pub fn as_u64(self) -> u64 {
        self.0
    }

    /// Rebuilds an id from [`ImmediateId::as_u64`].
    pub fn from_u64(raw: u64) -> Self {
        ImmediateId(raw)
    }
}

pub(crate) type ImmediateCallback = Box<dyn FnOnce(&EventLoop, ImmediateId)>;

struct Entry {
    refed: bool,
    callback: ImmediateCallback,
}

#[derive(Default)]
pub(crate) struct Immediates {
    order: VecDeque<ImmediateId>,
    entries: HashMap<ImmediateId, Entry>,
    next_id: u64,
    refed: usize,
}

impl Immediates {
    pub(crate) fn push(&mut self, callback: ImmediateCallback) -> ImmediateId {
        self.next_id += 1;
        let id = ImmediateId(self.next_id);
        self.order.push_back(id);
        self.entries.insert(
            id,
            Entry {
                refed: true,
                callback,
            },
        );
        self.refed += 1;
        id
    }

    pub(crate) fn remove(&mut self, id: ImmediateId) -> bool {
        match self.entries.remove(&id) {
            Some(entry) => {
                if entry.refed {
                    self.refed -= 1;
                }
                true
            }
            None => false,
        }
    }

    pub(crate) fn set_ref(&mut self, id: ImmediateId, refed: bool) {
        if let Some(entry) = self.entries.get_mut(&id) {
            crate::liveness::set_ref(&mut entry.refed, refed, &mut self.refed);
        }
    }

    pub(crate) fn has_ref(&self, id: ImmediateId) -> bool {
        self.entries.get(&id).is_some_and(|e| e.refed)
    }

    pub(crate) fn refed_count(&self) -> usize {
        self.refed
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The id of the newest immediate queued so far: the check phase runs
    /// only immediates up to it, so ones queued meanwhile wait a turn.
    pub(crate) fn last_id(&self) -> u64 {
        self.next_id
    }

    /// Takes the next live immediate not newer than `upto`.
    pub(crate) fn pop(&mut self, upto: u64) -> Option<(ImmediateId, ImmediateCallback)> {
        loop {
            let id = *self.order.front()?;
            if id.0 > upto {
                return None;
            }
            self.order.pop_front();
            if let Some(entry) = self.entries.remove(&id) {
                if entry.refed {
                    self.refed -= 1;
                }
                return Some((id, entry.callback));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_with_cancel_and_cutoff() {
        let mut q = Immediates::default();
        let a = q.push(Box::new(|_, _| {}));
        let b = q.push(Box::new(|_, _| {}));
        q.set_ref(a, false);
        assert_eq!(q.refed_count(), 1);
        assert!(q.remove(b));
        let upto = q.last_id();
        q.push(Box::new(|_, _| {}));
        assert!(q.pop(upto).is_some());
        assert!(q.pop(upto).is_none());
        assert!(!q.is_empty());
        assert!(q.pop(q.last_id()).is_some());
        assert!(q.is_empty());
        assert_eq!(q.refed_count(), 0);
    }
}
