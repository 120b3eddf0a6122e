//! The host: one QuickJS runtime and context wired to one event loop.
//!
//! Rust calls into JavaScript only through *hooks*, functions that
//! `lib/internal/bootstrap.js` returns. Each call is a macrotask: every hook
//! drains `process.nextTick` callbacks and microtasks before it returns
//! (Node's rule), and an exception escaping a hook is handed to the
//! `onUncaught` hook, after which the queues are drained again.

use std::cell::{Cell, RefCell};
use std::io;
use std::rc::{Rc, Weak};
use std::time::Instant;

use rquickjs::{qjs, Context, Ctx, Function, Object, Persistent, Runtime, Value};
use runtime_core::{EventLoop, SignalWatcher};

use crate::cli::Options;
use crate::shared::Shared;
use crate::{
    buffer, builtins, compile, fs, http, inspect, microtasks, modules, os, process, signals, stdin,
    stdio, timers, url, wrapper,
};

/// The JavaScript functions Rust calls, kept alive across calls.
pub struct Hooks {
    pub run_main: Persistent<Function<'static>>,
    pub on_timers: Persistent<Function<'static>>,
    pub on_immediates: Persistent<Function<'static>>,
    pub on_signal: Persistent<Function<'static>>,
    pub on_uncaught: Persistent<Function<'static>>,
    pub on_promise_reject: Persistent<Function<'static>>,
    pub process_ticks: Persistent<Function<'static>>,
    pub esm_resolve: Persistent<Function<'static>>,
    pub esm_load: Persistent<Function<'static>>,
    pub esm_meta: Persistent<Function<'static>>,
    pub before_exit: Persistent<Function<'static>>,
    pub exit: Persistent<Function<'static>>,
}

impl Hooks {
    fn from_object(obj: &Object<'_>) -> rquickjs::Result<Hooks> {
        let ctx = obj.ctx();
        let get = |name: &str| -> rquickjs::Result<Persistent<Function<'static>>> {
            let f: Function = obj.get(name)?;
            Ok(Persistent::save(ctx, f))
        };
        Ok(Hooks {
            run_main: get("runMain")?,
            on_timers: get("onTimers")?,
            on_immediates: get("onImmediates")?,
            on_signal: get("onSignal")?,
            on_uncaught: get("onUncaught")?,
            on_promise_reject: get("onPromiseReject")?,
            process_ticks: get("processTicks")?,
            esm_resolve: get("esmResolve")?,
            esm_load: get("esmLoad")?,
            esm_meta: get("esmMeta")?,
            before_exit: get("beforeExit")?,
            exit: get("exit")?,
        })
    }
}

/// Everything one running program owns. Fields drop in order: the loop and
/// everything holding JS values go before the context and the runtime.
pub struct Host {
    pub event_loop: EventLoop,
    hooks: RefCell<Option<Rc<Hooks>>>,
    pub signals: RefCell<Option<SignalWatcher>>,
    /// Run at shutdown, before the engine is freed: bindings that keep JS
    /// values in native state (watchers...) let go of them here.
    pub cleanups: RefCell<Vec<Box<dyn FnOnce()>>>,
    /// Whether JavaScript is running (a macrotask is on the stack). Native
    /// events raised from inside a JS call (a response that closes its
    /// connection...) must wait for the loop instead of re-entering.
    in_js: Cell<bool>,
    pub options: Options,
    pub started: Instant,
    context: Context,
    runtime: Runtime,
    /// Memory JS sees as `binding.shared`. Declared after `runtime`: it
    /// must outlive every JS reference to it.
    pub shared: Box<Shared>,
}

/// Upgrades a binding's weak reference to the host; fails (as a JS error)
/// only after shutdown began.
pub fn upgrade(host: &Weak<Host>) -> rquickjs::Result<Rc<Host>> {
    host.upgrade()
        .ok_or_else(|| rquickjs::Error::new_from_js("host", "live host"))
}

impl Host {
    pub fn hooks(&self) -> Option<Rc<Hooks>> {
        self.hooks.borrow().clone()
    }

    /// Runs one macrotask: `f` calls a hook; an exception it leaves goes to
    /// the uncaught-exception path.
    pub fn macrotask<F>(&self, f: F)
    where
        F: for<'js> FnOnce(&Ctx<'js>, &Hooks) -> rquickjs::Result<()>,
    {
        let Some(hooks) = self.hooks() else {
            return;
        };
        let outer = self.in_js.replace(true);
        self.context.with(|ctx| {
            if let Err(err) = f(&ctx, &hooks) {
                self.uncaught(&ctx, &hooks, err);
            }
            self.drain(&ctx, &hooks);
        });
        self.in_js.set(outer);
    }

    /// Whether a macrotask is running (so JS can't be entered again now).
    pub fn in_js(&self) -> bool {
        self.in_js.get()
    }

    /// Calls hook `pick(hooks)` with `args` as a macrotask.
    pub fn call_hook<A>(&self, pick: fn(&Hooks) -> &Persistent<Function<'static>>, args: A)
    where
        A: for<'js> rquickjs::function::IntoArgs<'js>,
    {
        self.macrotask(|ctx, hooks| {
            let f = pick(hooks).clone().restore(ctx)?;
            f.call::<A, ()>(args)
        });
    }

    /// Hands an escaped exception to JS; if even that throws, prints what it
    /// can and exits with 7, as node does.
    fn uncaught<'js>(&self, ctx: &Ctx<'js>, hooks: &Hooks, err: rquickjs::Error) {
        let value = match err {
            rquickjs::Error::Exception => ctx.catch(),
            other => {
                let msg = other.to_string();
                rquickjs::String::from_str(ctx.clone(), &msg)
                    .map(|s| s.into_value())
                    .unwrap_or_else(|_| Value::new_undefined(ctx.clone()))
            }
        };
        let handled = hooks
            .on_uncaught
            .clone()
            .restore(ctx)
            .and_then(|f| f.call::<_, ()>((value,)));
        if handled.is_err() {
            let again = ctx.catch();
            let text = describe(&again);
            stdio::write_stderr(format!("{text}\n").as_bytes());
            stdio::exit(7);
        }
    }

    /// Node's rule after every macrotask: all nextTick callbacks, then all
    /// microtasks, repeated until both queues are empty. Calls into JS only
    /// when the shared block or the engine's job queue says there is work.
    fn drain<'js>(&self, ctx: &Ctx<'js>, hooks: &Hooks) {
        loop {
            if !self.shared.work_pending() {
                // SAFETY: `ctx` is live, so its runtime pointer is valid.
                let jobs =
                    unsafe { qjs::JS_IsJobPending(qjs::JS_GetRuntime(ctx.as_raw().as_ptr())) };
                if !jobs {
                    return;
                }
                while ctx.execute_pending_job() {}
                if !self.shared.work_pending() {
                    return;
                }
            }
            let result = hooks
                .process_ticks
                .clone()
                .restore(ctx)
                .and_then(|f| f.call::<_, ()>(()));
            match result {
                Ok(()) => return,
                Err(err) => self.uncaught(ctx, hooks, err),
            }
        }
    }

    /// Called by the engine when a promise is rejected with no handler, or
    /// a handler is added to one that was.
    fn on_promise_reject<'js>(
        &self,
        ctx: &Ctx<'js>,
        promise: Value<'js>,
        reason: Value<'js>,
        handled: bool,
    ) {
        let Some(hooks) = self.hooks() else {
            return;
        };
        let result = hooks
            .on_promise_reject
            .clone()
            .restore(ctx)
            .and_then(|f| f.call::<_, ()>((promise, reason, handled)));
        if result.is_err() {
            // Never let tracking itself throw into the engine.
            let _ = ctx.catch();
        }
    }
}

/// Best-effort text for a value when JS formatting is unavailable.
pub fn describe(value: &Value<'_>) -> String {
    if let Some(obj) = value.as_object() {
        if let Ok(stack) = obj.get::<_, String>("stack") {
            return stack;
        }
    }
    value
        .get::<rquickjs::Coerced<String>>()
        .map(|s| s.0)
        .unwrap_or_else(|_| "<unprintable value>".to_string())
}

/// Built-in `id`'s wrapper function, from its bytecode. With
/// `RUNTIME_LIB_DIR` set, from `<dir>/<id>.js` on disk instead, so the
/// JavaScript side can be changed and tried without rebuilding.
fn load_builtin<'js>(ctx: &Ctx<'js>, id: &str) -> Option<rquickjs::Result<Function<'js>>> {
    if let Some(dir) = builtins::override_dir() {
        let params = if id == "internal/bootstrap" {
            wrapper::BOOTSTRAP_PARAMS
        } else {
            wrapper::BUILTIN_PARAMS
        };
        let source = std::fs::read_to_string(dir.join(format!("{id}.js"))).ok()?;
        return Some(compile::compile_function(
            ctx,
            &source,
            &format!("node:{id}"),
            params,
        ));
    }
    Some(compile::load_function(ctx, builtins::bytecode(id)?))
}

fn build_binding<'js>(ctx: &Ctx<'js>, host: &Weak<Host>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("shared", upgrade(host)?.shared.array_buffer(ctx)?)?;
    builtins_binding(ctx, &binding)?;
    timers::install(ctx, &binding, host)?;
    process::install(ctx, &binding, host)?;
    stdio::install(ctx, &binding)?;
    microtasks::install(ctx, &binding)?;
    fs::install(ctx, &binding, host)?;
    inspect::install(ctx, &binding)?;
    buffer::install(ctx, &binding)?;
    os::install(ctx, &binding)?;
    url::install(ctx, &binding)?;
    stdin::install(ctx, &binding, host)?;
    http::install(ctx, &binding, host)?;
    modules::install(ctx, &binding)?;
    signals::install(ctx, &binding, host)?;
    Ok(binding)
}

fn builtins_binding<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set(
        "compileBuiltin",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: String| -> rquickjs::Result<Value<'js>> {
                match load_builtin(&ctx, &id) {
                    Some(f) => f.map(|f| f.into_value()),
                    None => Ok(Value::new_undefined(ctx)),
                }
            },
        )?,
    )?;
    binding.set(
        "compileFunction",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, body: String, filename: String, params: Vec<String>| {
                compile::compile_function(&ctx, &body, &filename, &params)
            },
        )?,
    )?;
    binding.set(
        "evalScript",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, source: String, filename: String| {
                compile::eval_script(&ctx, &source, &filename, 1)
            },
        )?,
    )?;
    binding.set("builtinIds", builtins::public_ids())?;
    Ok(())
}

/// Runs the program `options` describes; returns the process exit code.
pub fn run(options: Options) -> io::Result<i32> {
    let runtime = Runtime::new().map_err(io::Error::other)?;
    // Node's default stack allows deep recursion; QuickJS's 256 KiB does not.
    runtime.set_max_stack_size(4 * 1024 * 1024);
    let context = Context::full(&runtime).map_err(io::Error::other)?;
    let host = Rc::new(Host {
        event_loop: EventLoop::new()?,
        hooks: RefCell::new(None),
        signals: RefCell::new(None),
        cleanups: RefCell::new(Vec::new()),
        in_js: Cell::new(false),
        options,
        started: Instant::now(),
        context: context.clone(),
        runtime,
        shared: Box::default(),
    });
    stdio::flush_on_exit(&host.event_loop);
    let weak = Rc::downgrade(&host);
    let booted = context.with(|ctx| -> rquickjs::Result<Hooks> {
        let binding = build_binding(&ctx, &weak)?;
        let boot = load_builtin(&ctx, "internal/bootstrap")
            .ok_or_else(|| rquickjs::Error::new_from_js("builtin", "internal/bootstrap"))??;
        let hooks: Object = boot.call((binding,))?;
        Hooks::from_object(&hooks)
    });
    let hooks = match booted {
        Ok(hooks) => hooks,
        Err(err) => {
            let text = context.with(|ctx| match err {
                rquickjs::Error::Exception => describe(&ctx.catch()),
                other => other.to_string(),
            });
            return Err(io::Error::other(format!("bootstrap failed: {text}")));
        }
    };
    *host.hooks.borrow_mut() = Some(Rc::new(hooks));
    let tracker_host = Rc::downgrade(&host);
    host.runtime
        .set_host_promise_rejection_tracker(Some(Box::new(
            move |ctx, promise, reason, handled| {
                if let Some(host) = tracker_host.upgrade() {
                    host.on_promise_reject(&ctx, promise, reason, handled);
                }
            },
        )));

    host.runtime.set_loader(
        modules::Resolver(Rc::downgrade(&host)),
        modules::Loader(Rc::downgrade(&host)),
    );
    host.event_loop.update_time();
    host.call_hook(|h| &h.run_main, ());
    loop {
        host.event_loop.run()?;
        host.call_hook(|h| &h.before_exit, ());
        if !host.event_loop.is_alive() {
            break;
        }
    }
    let mut code = 0;
    host.macrotask(|ctx, hooks| {
        let f = hooks.exit.clone().restore(ctx)?;
        code = f.call::<_, i32>(())?;
        Ok(())
    });
    // Tearing the engine down costs a sixth of a hello-world's run time and
    // changes nothing the user can see, so release builds exit here, as
    // node does. Debug builds (the ones the tests run) free everything, so
    // a leaked JS handle still trips the engine's leak assertion there.
    if !cfg!(debug_assertions) {
        stdio::exit(code);
    }
    shutdown(host);
    Ok(code)
}

/// Frees everything holding JS values before the engine itself, so the
/// engine is torn down with no live handle.
fn shutdown(host: Rc<Host>) {
    host.runtime.set_host_promise_rejection_tracker(None);
    let cleanups = std::mem::take(&mut *host.cleanups.borrow_mut());
    for cleanup in cleanups {
        cleanup();
    }
    host.hooks.borrow_mut().take();
    host.signals.borrow_mut().take();
    drop(host);
}
