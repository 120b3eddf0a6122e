//! Binding: timer and immediate handles on the event loop.
//! `lib/internal/timers.js` builds Node's `Timeout` and `Immediate` on it.
//! Each native handle holds its JS object and hands it to the
//! `onTimer(obj)` / `onImmediate(obj)` hook when it fires, so no JS-side
//! lookup table is needed (the engine's Map is slow with integer keys).
//! Handles are named by integer ids for stop/refresh/ref.

use std::rc::Weak;

use rquickjs::{Ctx, Function, Object, Persistent, Result};
use runtime_core::{ImmediateId, TimerId};

use crate::host::{upgrade, Host};

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let t = Object::new(ctx.clone())?;
    let h = host.clone();
    t.set(
        "start",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, delay: f64, repeat: bool, timer: Object<'js>| -> Result<i64> {
                let host = upgrade(&h)?;
                let weak = h.clone();
                let timer = Persistent::save(&ctx, timer);
                let id = host.event_loop.set_timer(delay, repeat, move |_, _| {
                    if let Some(host) = weak.upgrade() {
                        let timer = timer.clone();
                        host.macrotask(move |ctx, hooks| {
                            let f = hooks.on_timer.clone().restore(ctx)?;
                            f.call((timer.restore(ctx)?,))
                        });
                    }
                });
                Ok(id.as_u64() as i64)
            },
        )?,
    )?;
    let h = host.clone();
    t.set(
        "stop",
        Function::new(ctx.clone(), move |id: i64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.clear_timer(timer(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "refresh",
        Function::new(ctx.clone(), move |id: i64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.refresh_timer(timer(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "setRef",
        Function::new(ctx.clone(), move |id: i64, refed: bool| -> Result<()> {
            upgrade(&h)?.event_loop.set_timer_ref(timer(id), refed);
            Ok(())
        })?,
    )?;
    let h = host.clone();
    t.set(
        "immediate",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, immediate: Object<'js>| -> Result<i64> {
                let host = upgrade(&h)?;
                let weak = h.clone();
                let immediate = Persistent::save(&ctx, immediate);
                let id = host.event_loop.set_immediate(move |_, _| {
                    if let Some(host) = weak.upgrade() {
                        host.macrotask(move |ctx, hooks| {
                            let f = hooks.on_immediate.clone().restore(ctx)?;
                            f.call((immediate.restore(ctx)?,))
                        });
                    }
                });
                Ok(id.as_u64() as i64)
            },
        )?,
    )?;
    let h = host.clone();
    t.set(
        "clearImmediate",
        Function::new(ctx.clone(), move |id: i64| -> Result<bool> {
            Ok(upgrade(&h)?.event_loop.clear_immediate(immediate(id)))
        })?,
    )?;
    let h = host.clone();
    t.set(
        "setImmediateRef",
        Function::new(ctx.clone(), move |id: i64, refed: bool| -> Result<()> {
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

fn timer(id: i64) -> TimerId {
    TimerId::from_u64(id as u64)
}

fn immediate(id: i64) -> ImmediateId {
    ImmediateId::from_u64(id as u64)
}
