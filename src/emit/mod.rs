//! The ONLY layer that writes Verilog text.

pub mod deadcheck;
pub mod profile;
