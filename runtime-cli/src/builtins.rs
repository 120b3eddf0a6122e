//! The JavaScript built-ins embedded from `lib/` (see build.rs), served to
//! the loader by module id (`events`, `internal/timers`, ...), as bytecode
//! compiled at build time.

include!(concat!(env!("OUT_DIR"), "/builtins_table.rs"));

/// The precompiled bytecode of built-in `id`, if there is one.
pub fn bytecode(id: &str) -> Option<&'static [u8]> {
    let i = BUILTINS
        .binary_search_by(|(name, _, _)| name.cmp(&id))
        .ok()?;
    let (_, start, end) = BUILTINS[i];
    BLOB.get(start..end)
}

/// `RUNTIME_LIB_DIR`: a directory to load built-ins from instead of the
/// embedded copies (for working on `lib/` without rebuilding).
pub fn override_dir() -> Option<&'static std::path::Path> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("RUNTIME_LIB_DIR").map(std::path::PathBuf::from))
        .as_deref()
}

/// Ids of the built-ins users may require (everything outside `internal/`),
/// from the override directory when one is set.
pub fn public_ids() -> Vec<String> {
    let mut ids = Vec::new();
    match override_dir() {
        Some(dir) => collect_ids(dir, "", &mut ids),
        None => ids.extend(BUILTINS.iter().map(|(id, _, _)| id.to_string())),
    }
    ids.retain(|id| !id.starts_with("internal/"));
    ids.sort();
    ids
}

fn collect_ids(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            collect_ids(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push(format!("{prefix}{stem}"));
        }
    }
}
