//! idet: make HLS-generated hardware survive power loss.
//!
//! Data flows one way: Verilog text → `frontend` → `ir` → `passes` (FSM detection, state graph,
//! def/use, liveness) → `report`. See ARCHITECTURE.md for the map and the invariants.

#![recursion_limit = "512"] // sv-parser syntax trees are deep types (Send checks recurse)

pub mod analyze;
pub mod cli_define;
pub mod diag;
pub mod emit;
pub mod frontend;
pub mod inputs;
pub mod insert;
pub mod ir;
pub mod passes;
pub mod plan;
pub mod report;
pub mod verify;
