//! Binding: running the engine's job (microtask) queue from JavaScript, so
//! `processTicks` can interleave `nextTick` callbacks and promise jobs in
//! Node's order (the host drains it directly when no tick is queued).

use rquickjs::{Ctx, Function, Object, Result};

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    binding.set(
        "runMicrotasks",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| {
            // Jobs never throw here: promise jobs settle their promises, and
            // queueMicrotask callbacks are wrapped in JS to report errors.
            while ctx.execute_pending_job() {}
        })?,
    )?;
    Ok(())
}
