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
}

#[derive(Debug, Clone, Serialize)]
pub struct Costs {
    pub worst_bits: u64,
    pub union_bits: u64,
    /// pJ.
    pub reserve_pj: f64,
    pub max_reach: u64,
}

/// Costs of a feasible set (`None` if some state never reaches a checkpoint).
pub fn evaluate(g: &PlanGraph, chosen: &[bool], e: &Energy) -> Option<Costs> {
    let Reach::Bounded(r) = reach(g, chosen) else {
        return None;
    };
    let ids: Vec<usize> = (0..g.len()).filter(|&s| chosen[s]).collect();
    let worst_bits = ids.iter().map(|&s| g.bits(s)).max().unwrap_or(0);
    let union_bits = g.union_bits(&ids);
    Some(Costs {
        worst_bits,
        union_bits,
        reserve_pj: reserve(g, chosen, e),
        max_reach: r.into_iter().max().unwrap_or(0),
    })
}

/// Energy figures the objectives need, fixed for one design.
#[derive(Debug, Clone)]
pub struct Energy {
    pub cycle_pj: f64,
    pub model: EnergyModel,
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

/// Lexicographic key of an objective (smaller is better).
pub fn key(obj: Objective, c: &Costs) -> (f64, f64) {
    match obj {
        Objective::MinBits => (c.worst_bits as f64, c.union_bits as f64),
        Objective::MinReserve => (c.reserve_pj, c.union_bits as f64),
    }
}
