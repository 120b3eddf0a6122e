//! The ref/unref rule shared by timers, immediates and sources: each handle
//! has a `refed` flag, and its owner keeps a count of the referenced ones,
//! which is what keeps the loop alive.

/// Sets a handle's `refed` flag to `want`, keeping `count` (the number of
/// referenced handles) in step.
pub(crate) fn set_ref(refed: &mut bool, want: bool, count: &mut usize) {
    if *refed != want {
        *refed = want;
        if want {
            *count += 1;
        } else {
            *count -= 1;
        }
    }
}
