//! Checkpoint placement (issue 3): choose FSM states where a checkpoint may be taken so that,
//! after a power warning, a checkpoint state is entered within a bound on cycles, minimising the
//! backup size or the energy reserve.
//!
//! Status: the model, the independent feasibility checker, exhaustive search (small graphs), the
//! exact ILP (good_lp + CBC) for all three objectives, the DP (exact on chains, a heuristic
//! elsewhere) are cross-checked by property tests; `emit::profile` writes the visit profile that
//! `min-recompute` uses from a simulation run.

pub mod brute;
pub mod cost;
pub mod dp;
pub mod energy;
pub mod ilp;
pub mod model;
pub mod reach;
pub mod run;
