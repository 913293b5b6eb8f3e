//! The Idetic dynamic program on a chain of states (a linear schedule s0 → s1 → … → s_{n−1}).
//!
//! Exact for chains: with checkpoints at positions c_0 < c_1 < … < c_k = n−1 (the last state has no
//! successor and must be a checkpoint), the worst reach is the longest run of non-checkpoint
//! durations before each checkpoint, and both objectives are a maximum over segments, so
//! best(c) = min over the next checkpoint c' of max(segment(c, c'), best(c')) is exact, O(n²).
//! Not yet: loop nests (a heuristic extension, issue 3); other graphs need the ILP.

use super::cost::{Energy, Objective};
use super::model::PlanGraph;

/// The chain order if `g` is a simple path from state 0, else `None`.
pub fn chain_order(g: &PlanGraph) -> Option<Vec<usize>> {
    let n = g.len();
    let mut indeg = vec![0; n];
    for s in &g.succ {
        if s.len() > 1 {
            return None;
        }
        for &v in s {
            indeg[v] += 1;
        }
    }
    let start = (0..n).find(|&s| indeg[s] == 0)?;
    let mut order = vec![start];
    let mut cur = start;
    while let Some(&next) = g.succ[cur].first() {
        if indeg[next] != 1 || order.contains(&next) {
            return None;
        }
        order.push(next);
        cur = next;
    }
    (order.len() == n).then_some(order)
}

/// Optimal checkpoint set on a chain for bound `d`, with its primary objective value.
pub fn solve_chain(g: &PlanGraph, obj: Objective, d: u64, e: &Energy) -> Option<(Vec<bool>, f64)> {
    let order = chain_order(g)?;
    let n = order.len();
    let dur = |i: usize| g.states[order[i]].duration;
    let value = |i: usize| -> f64 {
        match obj {
            Objective::MinBits => g.bits(order[i]) as f64,
            Objective::MinReserve => e.save(g, order[i]),
        }
    };
    // Cost of the segment that ends by entering checkpoint `c`, starting right after `prev`
    // (or at the chain start): feasibility of its reach, and its contribution to the objective.
    let segment = |prev: Option<usize>, c: usize| -> Option<f64> {
        let from = prev.map_or(0, |p| p + 1);
        let run: u64 = (from..c).map(dur).sum();
        if run > d {
            return None;
        }
        Some(match obj {
            Objective::MinBits => value(c),
            Objective::MinReserve => e.cycle_pj * run as f64 + value(c),
        })
    };
    // best[c]: the minimal objective of the suffix after checkpoint c, including c.
    let allowed = |i: usize| !g.states[order[i]].forbidden;
    let mut best: Vec<Option<(f64, usize)>> = vec![None; n];
    if allowed(n - 1) {
        best[n - 1] = Some((value(n - 1), usize::MAX));
    }
    for c in (0..n - 1).rev() {
        if !allowed(c) {
            continue;
        }
        let mut b: Option<(f64, usize)> = None;
        for (next, after) in best.iter().enumerate().skip(c + 1) {
            let Some(seg) = segment(Some(c), next) else {
                break; // longer runs only grow
            };
            if let Some((rest, _)) = *after {
                let v = seg.max(rest).max(value(c));
                if b.is_none_or(|(bv, _)| v < bv) {
                    b = Some((v, next));
                }
            }
        }
        best[c] = b;
    }
    let mut first: Option<(f64, usize)> = None;
    for (c, after) in best.iter().enumerate() {
        let Some(seg) = segment(None, c) else { break };
        if let Some((rest, _)) = *after {
            let v = seg.max(rest);
            if first.is_none_or(|(fv, _)| v < fv) {
                first = Some((v, c));
            }
        }
    }
    let (v, mut c) = first?;
    let mut chosen = vec![false; g.len()];
    loop {
        chosen[order[c]] = true;
        match best[c] {
            Some((_, next)) if next != usize::MAX => c = next,
            _ => break,
        }
    }
    Some((chosen, v))
}
