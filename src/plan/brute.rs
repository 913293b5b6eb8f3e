//! Exhaustive search over all checkpoint sets: the reference for small graphs (tests).

use super::cost::{evaluate, key, Costs, Energy, Objective};
use super::model::PlanGraph;

pub const MAX_STATES: usize = 16;

/// The best feasible set for bound `d`, or `None` when no set is feasible.
pub fn solve(g: &PlanGraph, obj: Objective, d: u64, e: &Energy) -> Option<(Vec<bool>, Costs)> {
    assert!(g.len() <= MAX_STATES, "brute force is for small graphs");
    let mut best: Option<(Vec<bool>, Costs)> = None;
    for mask in 0u32..(1u32 << g.len()) {
        let chosen: Vec<bool> = (0..g.len()).map(|i| mask >> i & 1 == 1).collect();
        let Some(c) = evaluate(g, &chosen, e) else {
            continue;
        };
        if c.max_reach > d {
            continue;
        }
        let better = match &best {
            None => true,
            Some((_, b)) => {
                let (k1, k2) = (key(obj, &c), key(obj, b));
                k1.0 < k2.0 - 1e-9 || ((k1.0 - k2.0).abs() <= 1e-9 && k1.1 < k2.1)
            }
        };
        if better {
            best = Some((chosen, c));
        }
    }
    best
}
