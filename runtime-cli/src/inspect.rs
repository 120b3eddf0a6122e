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
                let Some(proxy) = v.as_proxy() else {
                    return Ok(Value::new_undefined(ctx));
                };
                let pair = rquickjs::Array::new(ctx.clone())?;
                match (proxy.target(), proxy.handler()) {
                    (Ok(t), Ok(h)) => {
                        pair.set(0, t)?;
                        pair.set(1, h)?;
                    }
                    _ => {
                        let _ = ctx.catch();
                        pair.set(0, Value::new_null(ctx.clone()))?;
                        pair.set(1, Value::new_null(ctx.clone()))?;
                    }
                }
                Ok(pair.into_value())
            },
        )?,
    )?;
    binding.set("inspect", i)?;
    Ok(())
}
