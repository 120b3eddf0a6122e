//! Child processes, pipes and IPC on runtime-core. Filled in by a later issue; empty for now.
