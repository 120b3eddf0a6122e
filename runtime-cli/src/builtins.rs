//! The JavaScript built-ins embedded from `lib/` (see build.rs), served to
//! the loader by module id (`events`, `internal/timers`, ...), as bytecode
//! compiled at build time.

include!(concat!(env!("OUT_DIR"), "/builtins_table.rs"));

/// A built-in module: its source and its precompiled bytecode.
pub struct Builtin {
    pub source: &'static str,
    pub bytecode: &'static [u8],
}

/// Built-in `id`, if there is one.
pub fn get(id: &str) -> Option<Builtin> {
    BUILTINS
        .binary_search_by(|(name, _, _)| name.cmp(&id))
        .ok()
        .map(|i| Builtin {
            source: BUILTINS[i].1,
            bytecode: BUILTINS[i].2,
        })
}

/// Ids of the built-ins users may require (everything outside `internal/`).
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    BUILTINS
        .iter()
        .map(|(id, _, _)| *id)
        .filter(|id| !id.starts_with("internal/"))
}
