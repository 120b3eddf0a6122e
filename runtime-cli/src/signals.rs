//! Binding: process signals (`process.on('SIGINT')`) through runtime-core's
//! signal watcher; a delivery calls the `onSignal(signum)` hook.

use std::rc::Weak;

use rquickjs::{Ctx, Function, Object, Result};
use runtime_core::SignalWatcher;

use crate::errno::throw_system_error;
use crate::host::{upgrade, Host};

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let s = Object::new(ctx.clone())?;
    let h = host.clone();
    s.set(
        "watch",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, signum: i32| -> Result<()> {
                let host = upgrade(&h)?;
                let mut slot = host.signals.borrow_mut();
                if slot.is_none() {
                    let weak = h.clone();
                    let watcher = SignalWatcher::new(&host.event_loop, move |_, signum| {
                        if let Some(host) = weak.upgrade() {
                            host.call_hook(|hooks| &hooks.on_signal, (signum,));
                        }
                    })
                    .map_err(|e| throw_system_error(&ctx, &e, "uv_signal_start", None, None))?;
                    *slot = Some(watcher);
                }
                if let Some(watcher) = slot.as_ref() {
                    watcher
                        .watch(signum)
                        .map_err(|e| throw_system_error(&ctx, &e, "uv_signal_start", None, None))?;
                }
                Ok(())
            },
        )?,
    )?;
    let h = host.clone();
    s.set(
        "unwatch",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, signum: i32| -> Result<()> {
                let host = upgrade(&h)?;
                let slot = host.signals.borrow();
                if let Some(watcher) = slot.as_ref() {
                    watcher
                        .unwatch(signum)
                        .map_err(|e| throw_system_error(&ctx, &e, "uv_signal_stop", None, None))?;
                }
                Ok(())
            },
        )?,
    )?;
    binding.set("signals", s)?;
    Ok(())
}
