//! The Idetic dynamic program on a chain of states (a linear schedule s0 → s1 → … → s_{n−1}).
//!
//! Exact for chains: with checkpoints at positions c_0 < c_1 < … < c_k = n−1 (the last state has no
//! successor and must be a checkpoint), the worst reach is the longest run of non-checkpoint
//! durations before each checkpoint, and both objectives are a maximum over segments, so
//! best(c) = min over the next checkpoint c' of max(segment(c, c'), best(c')) is exact, O(n²).
//! Other graphs: `solve` extends it as a heuristic (see there); the ILP is exact everywhere.

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

/// On a chain: does the segment from checkpoint `prev` (or the chain start) to the next
/// checkpoint `c` contain a read of a non-volatile memory followed by a write of it? (A read at
/// `prev` itself follows its commit; a write at `c` follows `c`'s commit.) Monotone in `c`, like
/// the reach bound, so the DP's scan may stop at the first violation.
fn war_blocks(g: &PlanGraph, order: &[usize], prev: Option<usize>, c: usize) -> bool {
    let from = prev.unwrap_or(0);
    g.war.iter().any(|m| {
        // A write after the first read of the segment (not at the read's own position:
        // declare_nv refuses states that read and write in one cycle). O(n), not O(n²).
        let mut read = false;
        (from..c).any(|i| {
            let hit = read && m.writes[order[i]];
            read |= m.reads[order[i]];
            hit
        })
    })
}

/// Optimal checkpoint set on a chain for bound `d`, with its primary objective value.
pub fn solve_chain(g: &PlanGraph, obj: Objective, d: u64, e: &Energy) -> Option<(Vec<bool>, f64)> {
    if obj == Objective::MinRecompute {
        return solve_chain_additive(g, d, e);
    }
    let order = chain_order(g)?;
    let n = order.len();
    let dur = |i: usize| g.states[order[i]].duration;
    let value = |i: usize| -> f64 {
        match obj {
            Objective::MinBits => g.bits(order[i]) as f64,
            _ => e.save(g, order[i]),
        }
    };
    // Cost of the segment that ends by entering checkpoint `c`, starting right after `prev`
    // (or at the chain start): feasibility of its reach, and its contribution to the objective.
    let segment = |prev: Option<usize>, c: usize| -> Option<f64> {
        let from = prev.map_or(0, |p| p + 1);
        let run: u64 = (from..c).map(dur).sum();
        if run > d || war_blocks(g, &order, prev, c) {
            return None;
        }
        Some(match obj {
            Objective::MinReserve => e.cycle_pj * run as f64 + value(c),
            _ => value(c),
        })
    };
    let allowed = |i: usize| !g.states[order[i]].forbidden;
    let join = |c: Option<usize>, seg: f64, rest: f64| match c {
        Some(c) => seg.max(rest).max(value(c)),
        None => seg.max(rest),
    };
    let (best, c, v) = chain_dp(n, allowed, value(n - 1), segment, join)?;
    Some((reconstruct(g, &order, &best, c), v))
}

/// Best choice of the next checkpoint after each position: `(objective of the suffix, next)`.
type Choices = Vec<Option<(f64, usize)>>;

/// The chain DP shared by every objective: best(c) = min over the next checkpoint c' of
/// join(c, segment(c, c'), best(c')), with best(n−1) = `last`; the first checkpoint c minimises
/// join(None, segment(start, c), best(c)). `segment` is `None` when its run exceeds the bound
/// (longer runs only grow, so the scan stops there). Returns the choices, the first checkpoint
/// and the optimum.
fn chain_dp(
    n: usize,
    allowed: impl Fn(usize) -> bool,
    last: f64,
    segment: impl Fn(Option<usize>, usize) -> Option<f64>,
    join: impl Fn(Option<usize>, f64, f64) -> f64,
) -> Option<(Choices, usize, f64)> {
    let mut best: Choices = vec![None; n];
    if allowed(n - 1) {
        best[n - 1] = Some((last, usize::MAX));
    }
    for c in (0..n - 1).rev() {
        if !allowed(c) {
            continue;
        }
        let mut b: Option<(f64, usize)> = None;
        for (next, after) in best.iter().enumerate().skip(c + 1) {
            let Some(seg) = segment(Some(c), next) else {
                break;
            };
            if let Some((rest, _)) = *after {
                let v = join(Some(c), seg, rest);
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
            let v = join(None, seg, rest);
            if first.is_none_or(|(fv, _)| v < fv) {
                first = Some((v, c));
            }
        }
    }
    let (v, c) = first?;
    Some((best, c, v))
}

/// `min-recompute` on a chain: the objective is a sum over segments (saves at checkpoints, ages
/// of the states after each), so a shortest-path DP over the next checkpoint is exact.
fn solve_chain_additive(g: &PlanGraph, d: u64, e: &Energy) -> Option<(Vec<bool>, f64)> {
    let order = chain_order(g)?;
    let n = order.len();
    let st = |i: usize| &g.states[order[i]];
    let allowed = |i: usize| !st(i).forbidden;
    let lam = e.failure_rate * e.cycle_pj;
    // Cost of the states strictly between `from_excl` (a checkpoint, or none: chain start) and
    // `to` (the next checkpoint): λ·E·Σ share·age, with its reach feasibility.
    let segment = |prev: Option<usize>, to: usize| -> Option<f64> {
        let from = prev.map_or(0, |p| p + 1);
        let run: u64 = (from..to).map(|i| st(i).duration).sum();
        if run > d || war_blocks(g, &order, prev, to) {
            return None;
        }
        // Age at position j: cycles since the previous checkpoint's entry (or the chain start).
        let mut age = prev.map_or(0, |p| st(p).duration);
        let mut c = 0.0;
        for j in from..to {
            c += lam * st(j).cycle_share * age as f64;
            age += st(j).duration;
        }
        Some(c)
    };
    let save = |i: usize| st(i).entry_rate * e.save(g, order[i]);
    let join = |c: Option<usize>, seg: f64, rest: f64| c.map_or(0.0, save) + seg + rest;
    let (best, c, v) = chain_dp(n, allowed, save(n - 1), segment, join)?;
    Some((reconstruct(g, &order, &best, c), v))
}

/// Follow the DP's choices from the first checkpoint `c`.
fn reconstruct(
    g: &PlanGraph,
    order: &[usize],
    best: &[Option<(f64, usize)>],
    mut c: usize,
) -> Vec<bool> {
    let mut chosen = vec![false; g.len()];
    loop {
        chosen[order[c]] = true;
        match best[c] {
            Some((_, next)) if next != usize::MAX => c = next,
            _ => break,
        }
    }
    chosen
}

/// Result of the DP on any graph.
#[derive(Debug, Clone)]
pub struct DpResult {
    pub chosen: Vec<bool>,
    /// Primary objective value of `chosen` (evaluated from the definitions).
    pub value: f64,
    /// True on chains (the DP is exact there); false: a heuristic upper bound.
    pub exact: bool,
}

/// The DP for any graph. Chains: exact. Otherwise a heuristic built on the chain DP:
/// 1. states every feasible set must contain (self-loop, no exit, duration > D) are taken;
/// 2. each remaining cycle (strongly connected component of unchosen states) gets its cheapest
///    allowed state, until unchosen states form a DAG (an unknown loop bound forces a checkpoint
///    inside every loop);
/// 3. while some state is more than D cycles from a checkpoint, its longest path to a checkpoint
///    is solved exactly as a chain by the DP and the chosen states are added;
/// 4. non-volatile memories: while a read reaches a write without a checkpoint, the write state
///    becomes one (its commit precedes the write).
///
/// The result is always feasible (checked) but not always optimal; `--algo both` reports the gap
/// to the ILP.
/// The states of a shortest path from a successor of `from` to `to` that enters no chosen
/// state (`to` included, `from` not: a checkpoint at the reading state commits before the
/// read); empty if there is none.
fn unchosen_path(g: &PlanGraph, chosen: &[bool], from: usize, to: usize) -> Vec<usize> {
    let mut parent: Vec<Option<usize>> = vec![None; g.len()];
    let mut seen = vec![false; g.len()];
    let mut queue = std::collections::VecDeque::new();
    for &v in &g.succ[from] {
        if !chosen[v] && !seen[v] {
            seen[v] = true;
            queue.push_back(v);
        }
    }
    while let Some(u) = queue.pop_front() {
        if u == to {
            let mut path = vec![u];
            let mut k = u;
            while let Some(p) = parent[k] {
                path.push(p);
                k = p;
            }
            return path;
        }
        for &v in &g.succ[u] {
            if !chosen[v] && !seen[v] {
                seen[v] = true;
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    vec![]
}

pub fn solve(g: &PlanGraph, obj: Objective, d: u64, e: &Energy) -> Option<DpResult> {
    use super::cost::{evaluate, key};
    use super::reach::{explain_infeasible, reach, Reach};
    if explain_infeasible(g, d).is_some() {
        return None;
    }
    if chain_order(g).is_some() {
        let (chosen, value) = solve_chain(g, obj, d, e)?;
        return Some(DpResult {
            chosen,
            value,
            exact: true,
        });
    }
    let n = g.len();
    let cost = |s: usize| match obj {
        Objective::MinBits => g.bits(s) as f64,
        Objective::MinReserve => e.save(g, s),
        Objective::MinRecompute => g.states[s].entry_rate * e.save(g, s),
    };
    let allowed = |s: usize| !g.states[s].forbidden;
    let mut chosen: Vec<bool> = (0..n)
        .map(|u| {
            allowed(u)
                && (g.succ[u].is_empty() || g.succ[u].contains(&u) || g.states[u].duration > d)
        })
        .collect();
    // 2. Break cycles among unchosen states.
    loop {
        let mut sub = petgraph::graph::DiGraph::<usize, ()>::new();
        let nodes: Vec<_> = (0..n).map(|s| sub.add_node(s)).collect();
        for u in 0..n {
            for &v in &g.succ[u] {
                if !chosen[u] && !chosen[v] {
                    sub.add_edge(nodes[u], nodes[v], ());
                }
            }
        }
        let cyclic: Vec<Vec<usize>> = petgraph::algo::tarjan_scc(&sub)
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| c.into_iter().map(|x| sub[x]).collect())
            .collect();
        if cyclic.is_empty() {
            break;
        }
        for comp in cyclic {
            let pick = comp
                .iter()
                .copied()
                .filter(|&s| allowed(s))
                .min_by(|&a, &b| cost(a).total_cmp(&cost(b)))?;
            chosen[pick] = true;
        }
    }
    // 3. Fix the longest over-bound path with the chain DP, until feasible.
    for _ in 0..=n {
        let Reach::Bounded(r) = reach(g, &chosen) else {
            return None;
        };
        let Some(start) = (0..n).filter(|&s| r[s] > d).max_by_key(|&s| r[s]) else {
            // Cut each read-to-write path with its cheapest allowed state: the writing state
            // itself may be forbidden while a state between them is not.
            while let Some((_, r, w)) = super::reach::war_violation(g, &chosen) {
                let cut = unchosen_path(g, &chosen, r, w)
                    .into_iter()
                    .filter(|&s| allowed(s))
                    .min_by(|&a, &b| cost(a).total_cmp(&cost(b)))?;
                chosen[cut] = true;
            }
            let value = key(obj, &evaluate(g, &chosen, e)?).0;
            return Some(DpResult {
                chosen,
                value,
                exact: false,
            });
        };
        // Follow a successor that realises the longest reach, until a checkpoint is entered.
        let mut path = vec![start];
        let mut u = start;
        while !chosen[u] {
            let next =
                g.succ[u]
                    .iter()
                    .copied()
                    .max_by_key(|&v| if chosen[v] { 0 } else { r[v] + 1 })?;
            path.push(next);
            u = next;
        }
        let chain = PlanGraph {
            states: path.iter().map(|&s| g.states[s].clone()).collect(),
            succ: (0..path.len())
                .map(|i| {
                    if i + 1 < path.len() {
                        vec![i + 1]
                    } else {
                        vec![]
                    }
                })
                .collect(),
            reg_bits: g.reg_bits.clone(),
            war: vec![],
        };
        let (sel, _) = solve_chain(&chain, obj, d, e)?;
        let before = chosen.iter().filter(|c| **c).count();
        for (i, &s) in path.iter().enumerate() {
            chosen[s] |= sel[i];
        }
        if chosen.iter().filter(|c| **c).count() == before {
            return None; // no progress: should not happen, never loop
        }
    }
    None
}
