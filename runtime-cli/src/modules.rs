//! The engine's ES module hooks, forwarded to JavaScript: resolution and
//! loading follow Node's algorithm in `lib/internal/modules/esm.js`; Rust
//! only compiles the source it returns and hands over `import.meta`.

use std::rc::Weak;

use rquickjs::loader::ImportAttributes;
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Function, Module, Object, Promise, Result, Value};

use crate::host::{upgrade, Host};

/// The `type` import attribute (`with { type: 'json' }`), if any.
fn attribute_type<'js>(
    ctx: &Ctx<'js>,
    attributes: Option<ImportAttributes<'js>>,
) -> Result<Value<'js>> {
    match attributes.map(|a| a.get_type()).transpose()?.flatten() {
        Some(t) => rquickjs::String::from_str(ctx.clone(), &t).map(|s| s.into_value()),
        None => Ok(Value::new_undefined(ctx.clone())),
    }
}

/// Binding: `evaluateShim(name, source, onValue)` declares a one-off module
/// (whose `import.meta.__value` is `onValue`) and evaluates it at once,
/// returning its evaluation promise. A module graph without top-level await
/// has settled when this returns, which is what lets `require()` load ES
/// modules synchronously.
pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let m = Object::new(ctx.clone())?;
    m.set(
        "evaluateShim",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             name: String,
             source: String,
             on_value: Function<'js>|
             -> Result<Promise<'js>> {
                let module = Module::declare(ctx, name, source)?;
                module.meta()?.set("__value", on_value)?;
                let (_, promise) = module.eval()?;
                Ok(promise)
            },
        )?,
    )?;
    binding.set("modules", m)?;
    Ok(())
}

/// Resolves specifiers with the `esmResolve(specifier, base)` hook.
pub struct Resolver(pub Weak<Host>);

impl rquickjs::loader::Resolver for Resolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        let hooks = upgrade(&self.0)?
            .hooks()
            .ok_or_else(|| Error::new_resolving(base, name))?;
        let resolve = hooks.esm_resolve.clone().restore(ctx)?;
        resolve.call((name, base))
    }
}

/// Loads modules with the `esmLoad(url, type)` hook, then fills their
/// `import.meta` with `esmMeta(meta, url)`.
pub struct Loader(pub Weak<Host>);

impl rquickjs::loader::Loader for Loader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        attributes: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, Declared>> {
        let hooks = upgrade(&self.0)?
            .hooks()
            .ok_or_else(|| Error::new_loading(name))?;
        let load = hooks.esm_load.clone().restore(ctx)?;
        let source: String = load.call((name, attribute_type(ctx, attributes)?))?;
        let module = Module::declare(ctx.clone(), name, source)?;
        let meta = hooks.esm_meta.clone().restore(ctx)?;
        meta.call::<_, ()>((module.meta()?, name))?;
        Ok(module)
    }
}
