//! Complaint Navigator: deadlines, rights and next steps for children's social
//! care complaints in England.
//!
//! `core` is pure (no browser, no clock) and is tested natively; `ui` is the
//! thin Leptos layer compiled to WebAssembly, which only renders what the core
//! decides.

pub mod core;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
