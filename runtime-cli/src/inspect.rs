//! Binding: what `util.inspect` cannot see from JavaScript: a promise's state
//! and a proxy's target and handler.

use rquickjs::promise::PromiseState;
use rquickjs::{Ctx, Function, Object, Result, Value};

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let i = Object::new(ctx.clone())?;
    i.set(
        "getPromiseState",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<Value<'js>> {
                let Some(promise) = v.as_promise() else {
                    return Ok(Value::new_undefined(ctx));
                };
                let (state, result) = match promise.state() {
                    PromiseState::Pending => (0, Value::new_undefined(ctx.clone())),
                    PromiseState::Resolved => (
                        1,
                        promise
                            .result::<Value>()
                            .transpose()?
                            .unwrap_or_else(|| Value::new_undefined(ctx.clone())),
                    ),
                    PromiseState::Rejected => {
                        // Reading a rejection re-throws it; take it back as the value.
                        let value = match promise.result::<Value>() {
                            Some(Err(rquickjs::Error::Exception)) => ctx.catch(),
                            Some(Ok(v)) => v,
                            _ => Value::new_undefined(ctx.clone()),
                        };
                        (2, value)
                    }
                };
                let pair = rquickjs::Array::new(ctx.clone())?;
                pair.set(0, state)?;
                pair.set(1, result)?;
                Ok(pair.into_value())
            },
        )?,
    )?;
    i.set(
        "getProxyDetails",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<Value<'js>> {
                // Checked on the raw value: a proxy of a function is one too.
                // SAFETY: a class check on a live value.
                if !unsafe { rquickjs::qjs::JS_IsProxy(v.as_raw()) } {
                    return Ok(Value::new_undefined(ctx));
                }
                let raw_ctx = ctx.as_raw().as_ptr();
                // SAFETY: `v` is a proxy of this context; both calls return
                // new references (null once revoked, or an exception), owned
                // by the wrappers from here on.
                let (target, handler) = unsafe {
                    let t = rquickjs::qjs::JS_GetProxyTarget(raw_ctx, v.as_raw());
                    let h = rquickjs::qjs::JS_GetProxyHandler(raw_ctx, v.as_raw());
                    (
                        Value::from_raw(ctx.clone(), t),
                        Value::from_raw(ctx.clone(), h),
                    )
                };
                if target.is_exception() || handler.is_exception() {
                    let _ = ctx.catch();
                }
                let pick = |v: Value<'js>| {
                    if v.is_object() || v.is_function() {
                        v
                    } else {
                        Value::new_null(ctx.clone())
                    }
                };
                let pair = rquickjs::Array::new(ctx.clone())?;
                pair.set(0, pick(target))?;
                pair.set(1, pick(handler))?;
                Ok(pair.into_value())
            },
        )?,
    )?;
    binding.set("inspect", i)?;
    Ok(())
}
