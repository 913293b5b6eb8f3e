//! Exhaustive search over all checkpoint sets: the reference for small graphs (tests).

use super::cost::{evaluate, key, Costs, Energy, Objective};
use super::model::PlanGraph;

pub const MAX_STATES: usize = 16;

/// The best feasible set for bound `d`, or `None` when no set is feasible.
pub fn solve(g: &PlanGraph, obj: Objective, d: u64, e: &Energy) -> Option<(Vec<bool>, Costs)> {
    solve_fixed(g, obj, d, e, &vec![None; g.len()])
}

/// The same, enumerating only the decisions `fixed` leaves open (at most `MAX_STATES`).
pub fn solve_fixed(
    g: &PlanGraph,
    obj: Objective,
    d: u64,
    e: &Energy,
    fixed: &[Option<bool>],
) -> Option<(Vec<bool>, Costs)> {
    let free: Vec<usize> = (0..g.len()).filter(|&i| fixed[i].is_none()).collect();
    assert!(
        free.len() <= MAX_STATES,
        "exhaustive search is for few free decisions"
    );
    let mut best: Option<(Vec<bool>, Costs)> = None;
    for mask in 0u32..(1u32 << free.len()) {
        let mut chosen: Vec<bool> = fixed.iter().map(|f| f.unwrap_or(false)).collect();
        for (k, &i) in free.iter().enumerate() {
            chosen[i] = mask >> k & 1 == 1;
        }
        if (0..g.len()).any(|i| chosen[i] && g.states[i].forbidden) {
            continue;
        }
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
