//! The JavaScript built-ins embedded from `lib/` (see build.rs), served to
//! the loader by module id (`events`, `internal/timers`, ...).

include!(concat!(env!("OUT_DIR"), "/builtins_table.rs"));

/// The source of built-in `id`, if there is one.
pub fn source(id: &str) -> Option<&'static str> {
    BUILTINS
        .binary_search_by(|(name, _)| name.cmp(&id))
        .ok()
        .map(|i| BUILTINS[i].1)
}

/// Ids of the built-ins users may require (everything outside `internal/`).
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    BUILTINS
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !id.starts_with("internal/"))
}
