//! Memory shared between the host and JavaScript without calls: one small
//! block that JS sees as an ArrayBuffer (`binding.shared`).
//!
//! - `ticks`, `rejections` (Int32Array): set by JS when nextTick callbacks
//!   or unhandled rejections are waiting, so the host calls `processTicks`
//!   only when there is work.

use std::cell::Cell;

use rquickjs::{qjs, Ctx, Result, Value};

/// The shared block. `repr(C)` fixes the offsets JS relies on.
#[repr(C)]
#[derive(Default)]
pub struct Shared {
    pub ticks: Cell<i32>,
    pub rejections: Cell<i32>,
}

impl Shared {
    /// Whether JS left nextTick callbacks or rejections to process.
    pub fn work_pending(&self) -> bool {
        self.ticks.get() != 0 || self.rejections.get() != 0
    }

    /// An ArrayBuffer over this block.
    ///
    /// The block must outlive every JS reference to the buffer: the host
    /// keeps it in a `Box` that is dropped only after the runtime.
    pub fn array_buffer<'js>(&self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        let ptr = (self as *const Shared).cast_mut().cast::<u8>();
        // SAFETY: `ptr` points to `size_of::<Shared>()` bytes that outlive
        // the runtime (see above); a NULL realloc function tells the engine
        // never to free, grow or move them. Rust accesses them only through
        // `Cell`s (no references are handed out) and JavaScript runs on this
        // same thread, so accesses never overlap.
        let raw = unsafe {
            qjs::JS_NewArrayBuffer(
                ctx.as_raw().as_ptr(),
                ptr,
                std::mem::size_of::<Shared>() as _,
                0,
                None,
                std::ptr::null_mut(),
                false,
            )
        };
        // SAFETY: tag check on a value the engine just returned.
        if unsafe { qjs::JS_IsException(raw) } {
            return Err(rquickjs::Error::Exception);
        }
        // SAFETY: `raw` is an owned value from this context's runtime.
        Ok(unsafe { Value::from_raw(ctx.clone(), raw) })
    }
}
