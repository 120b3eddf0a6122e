//! HTTP/1.1 server and client engines on runtime-core. Filled in by the HTTP issue; empty for now.
