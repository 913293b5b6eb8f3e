//! Objective values of a checkpoint set, computed directly from their definitions (used by the
//! brute force and to re-evaluate what a solver returns).

use super::energy::EnergyModel;
use super::model::PlanGraph;
use super::reach::{reach, Reach};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Objective {
    /// Minimise the largest backup over checkpoint states (ties: fewest bits in the union of
    /// saved registers, the save-multiplexer fan-in).
    MinBits,
    /// Minimise the energy reserve R = max_s [E_cycle * cycles to the first checkpoint entered
    /// + E_save(that checkpoint)].
    MinReserve,
    /// Periodic mode (a checkpoint on every entry to a checkpoint state): minimise the expected
    /// energy per cycle, Σ_c entries(c)·E_save(c) + λ·E_cycle·Σ_s share(s)·age(s), where age(s) is
    /// the worst-case number of cycles since the last checkpoint entry when in s (0 in a
    /// checkpoint state), and λ = 1 / mean cycles between failures.
    MinRecompute,
}

#[derive(Debug, Clone, Serialize)]
pub struct Costs {
    pub worst_bits: u64,
    pub union_bits: u64,
    /// pJ.
    pub reserve_pj: f64,
    /// Expected checkpoint + re-execution energy per cycle (pJ), periodic mode.
    pub recompute_pj_per_cycle: f64,
    pub max_reach: u64,
}

/// Costs of a feasible set (`None` if some state never reaches a checkpoint).
pub fn evaluate(g: &PlanGraph, chosen: &[bool], e: &Energy) -> Option<Costs> {
    let Reach::Bounded(r) = reach(g, chosen) else {
        return None;
    };
    if super::reach::war_violation(g, chosen).is_some() {
        return None;
    }
    let ids: Vec<usize> = (0..g.len()).filter(|&s| chosen[s]).collect();
    let worst_bits = ids.iter().map(|&s| g.bits(s)).max().unwrap_or(0);
    let union_bits = g.union_bits(&ids);
    Some(Costs {
        worst_bits,
        union_bits,
        reserve_pj: reserve(g, chosen, e),
        recompute_pj_per_cycle: recompute(g, chosen, e),
        max_reach: r.into_iter().max().unwrap_or(0),
    })
}

/// Energy figures the objectives need, fixed for one design.
#[derive(Debug, Clone)]
pub struct Energy {
    pub cycle_pj: f64,
    pub model: EnergyModel,
    /// Failures per cycle (1 / mean cycles between failures), for `min-recompute`.
    pub failure_rate: f64,
}

impl Energy {
    pub fn save(&self, g: &PlanGraph, s: usize) -> f64 {
        self.model.save_pj(g.bits(s))
    }
}

/// W(s) = E_save(s) for s in C, else E_cycle * duration(s) + max over successors W(v);
/// R = max_s W(s). Only meaningful for a feasible set (acyclic outside C).
pub fn reserve(g: &PlanGraph, chosen: &[bool], e: &Energy) -> f64 {
    let n = g.len();
    let mut memo: Vec<Option<f64>> = vec![None; n];
    fn w(
        g: &PlanGraph,
        chosen: &[bool],
        e: &Energy,
        s: usize,
        memo: &mut Vec<Option<f64>>,
        depth: usize,
    ) -> f64 {
        if let Some(v) = memo[s] {
            return v;
        }
        let v = if chosen[s] {
            e.save(g, s)
        } else if depth > g.len() {
            f64::INFINITY
        } else {
            let next = g.succ[s]
                .iter()
                .map(|&v| w(g, chosen, e, v, memo, depth + 1))
                .fold(f64::NEG_INFINITY, f64::max);
            e.cycle_pj * g.states[s].duration as f64 + next
        };
        memo[s] = Some(v);
        v
    }
    (0..n)
        .map(|s| w(g, chosen, e, s, &mut memo, 0))
        .fold(0.0, f64::max)
}

/// age(v) = 0 for v in C (or without predecessors), else max over predecessors u of
/// age(u) + duration(u); the expected energy per cycle of `Objective::MinRecompute`.
/// Only meaningful for a feasible set (acyclic outside C).
pub fn recompute(g: &PlanGraph, chosen: &[bool], e: &Energy) -> f64 {
    let n = g.len();
    let mut preds = vec![vec![]; n];
    for (u, vs) in g.succ.iter().enumerate() {
        for &v in vs {
            preds[v].push(u);
        }
    }
    fn age(
        g: &PlanGraph,
        preds: &[Vec<usize>],
        chosen: &[bool],
        v: usize,
        memo: &mut Vec<Option<f64>>,
        depth: usize,
    ) -> f64 {
        if let Some(a) = memo[v] {
            return a;
        }
        let a = if chosen[v] {
            0.0
        } else if depth > g.len() {
            f64::INFINITY
        } else {
            preds[v]
                .iter()
                .map(|&u| age(g, preds, chosen, u, memo, depth + 1) + g.states[u].duration as f64)
                .fold(0.0, f64::max)
        };
        memo[v] = Some(a);
        a
    }
    let mut memo = vec![None; n];
    let saves: f64 = (0..n)
        .filter(|&s| chosen[s])
        .map(|s| g.states[s].entry_rate * e.save(g, s))
        .sum();
    let reexec: f64 = (0..n)
        .map(|s| g.states[s].cycle_share * age(g, &preds, chosen, s, &mut memo, 0))
        .sum();
    saves + e.failure_rate * e.cycle_pj * reexec
}

/// Lexicographic key of an objective (smaller is better).
pub fn key(obj: Objective, c: &Costs) -> (f64, f64) {
    match obj {
        Objective::MinBits => (c.worst_bits as f64, c.union_bits as f64),
        Objective::MinReserve => (c.reserve_pj, c.union_bits as f64),
        Objective::MinRecompute => (c.recompute_pj_per_cycle, c.union_bits as f64),
    }
}
