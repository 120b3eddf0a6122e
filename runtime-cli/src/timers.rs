//! Binding: timer and immediate handles on the event loop, by numeric id.
//! `lib/internal/timers.js` builds Node's `Timeout` and `Immediate` on it;
//! a firing calls the `onTimer(id)` / `onImmediate(id)` hook.

use std::rc::Weak;

use rquickjs::{Ctx, Function, Object, Result};
use runtime_core::{ImmediateId, TimerId};

use crate::host::{upgrade, Host};

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let t = Object::new(ctx.clone())?;
    let h = host.clone();
    t.set(
        "start",
        Function::new(
            ctx.clone(),
            move |delay: f64, repeat: bool| -> Result<f64> {
                let host = upgrade(&h)?;
                let weak = h.clone();
                let id = host.event_loop.set_timer(delay, repeat, move |_, id| {
                    if let Some(host) = weak.upgrade() {
                        host.call_hook(|hooks| &hooks.on_timer, (id.as_u64() as f64,));
                    }
                });
                Ok(id.as_u64() as f64)
            },
        )?,
    )?;
    let h = host.clone();
    t.set(
        "stop",
        Function::new(ctx.clone(), move |id: f64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.clear_timer(timer(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "refresh",
        Function::new(ctx.clone(), move |id: f64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.refresh_timer(timer(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "setRef",
        Function::new(ctx.clone(), move |id: f64, refed: bool| -> Result<()> {
            upgrade(&h)?.event_loop.set_timer_ref(timer(id), refed);
            Ok(())
        })?,
    )?;
    let h = host.clone();
    t.set(
        "immediate",
        Function::new(ctx.clone(), move || -> Result<f64> {
            let host = upgrade(&h)?;
            let weak = h.clone();
            let id = host.event_loop.set_immediate(move |_, id| {
                if let Some(host) = weak.upgrade() {
                    host.call_hook(|hooks| &hooks.on_immediate, (id.as_u64() as f64,));
                }
            });
            Ok(id.as_u64() as f64)
        })?,
    )?;
    let h = host.clone();
    t.set(
        "clearImmediate",
        Function::new(ctx.clone(), move |id: f64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.clear_immediate(immediate(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "setImmediateRef",
        Function::new(ctx.clone(), move |id: f64, refed: bool| -> Result<()> {
            upgrade(&h)?
                .event_loop
                .set_immediate_ref(immediate(id), refed);
            Ok(())
        })?,
    )?;
    let h = host.clone();
    t.set(
        "now",
        Function::new(ctx.clone(), move || -> Result<f64> {
            Ok(upgrade(&h)?.event_loop.now_ms())
        })?,
    )?;
    binding.set("timers", t)?;
    Ok(())
}

fn timer(id: f64) -> TimerId {
    TimerId::from_u64(id as u64)
}

fn immediate(id: f64) -> ImmediateId {
    ImmediateId::from_u64(id as u64)
}
