//! Binding: one native timer and one check-phase immediate for all of
//! JavaScript's timers and immediates.
//!
//! As in Node, `lib/internal/timers.js` keeps the timer lists and the
//! immediate queue itself and asks for a single native wake-up: `schedule`
//! arms the loop timer for the earliest list, `scheduleCheck` queues one
//! immediate while the JS queue is non-empty. Firings call the `onTimers` /
//! `onImmediates` hooks. Creating a timer from JS therefore costs no native
//! call at all in the common case.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use rquickjs::{Ctx, Function, Object, Result};
use runtime_core::{ImmediateId, TimerId};

use crate::host::{upgrade, Host};

/// The native handles behind all JS timers and immediates.
#[derive(Default)]
struct Slots {
    timer: Cell<Option<TimerId>>,
    timer_refed: Cell<bool>,
    check: Cell<Option<ImmediateId>>,
    check_refed: Cell<bool>,
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, host: &Weak<Host>) -> Result<()> {
    let t = Object::new(ctx.clone())?;
    let slots = Rc::new(Slots {
        timer_refed: Cell::new(true),
        check_refed: Cell::new(true),
        ..Slots::default()
    });

    let (h, s) = (host.clone(), slots.clone());
    t.set(
        "schedule",
        Function::new(ctx.clone(), move |delay: f64| -> Result<()> {
            let host = upgrade(&h)?;
            let lp = &host.event_loop;
            if let Some(old) = s.timer.take() {
                lp.clear_timer(old);
            }
            let (weak, slots) = (h.clone(), s.clone());
            let id = lp.set_timer(delay, false, move |_, _| {
                slots.timer.set(None);
                if let Some(host) = weak.upgrade() {
                    host.call_hook(|hooks| &hooks.on_timers, ());
                }
            });
            lp.set_timer_ref(id, s.timer_refed.get());
            s.timer.set(Some(id));
            Ok(())
        })?,
    )?;
    let (h, s) = (host.clone(), slots.clone());
    t.set(
        "setRef",
        Function::new(ctx.clone(), move |refed: bool| -> Result<()> {
            s.timer_refed.set(refed);
            if let Some(id) = s.timer.get() {
                upgrade(&h)?.event_loop.set_timer_ref(id, refed);
            }
            Ok(())
        })?,
    )?;
    let (h, s) = (host.clone(), slots.clone());
    t.set(
        "scheduleCheck",
        Function::new(ctx.clone(), move || -> Result<()> {
            if s.check.get().is_some() {
                return Ok(());
            }
            let host = upgrade(&h)?;
            let (weak, slots) = (h.clone(), s.clone());
            let id = host.event_loop.set_immediate(move |_, _| {
                slots.check.set(None);
                if let Some(host) = weak.upgrade() {
                    host.call_hook(|hooks| &hooks.on_immediates, ());
                }
            });
            host.event_loop.set_immediate_ref(id, s.check_refed.get());
            s.check.set(Some(id));
            Ok(())
        })?,
    )?;
    let (h, s) = (host.clone(), slots);
    t.set(
        "setCheckRef",
        Function::new(ctx.clone(), move |refed: bool| -> Result<()> {
            s.check_refed.set(refed);
            if let Some(id) = s.check.get() {
                upgrade(&h)?.event_loop.set_immediate_ref(id, refed);
            }
            Ok(())
        })?,
    )?;

    let h = host.clone();
    t.set(
        "now",
        Function::new(ctx.clone(), move || -> Result<f64> {
            // Like Node's getLibuvNow(): refresh the loop's time, then read it.
            let host = upgrade(&h)?;
            host.event_loop.update_time();
            Ok(host.event_loop.now_ms())
        })?,
    )?;
    binding.set("timers", t)?;
    Ok(())
}
