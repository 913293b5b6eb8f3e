//! Exact placement for any graph as a mixed-integer program (good_lp on CBC).
//!
//! Variables: x_s ∈ {0,1} (checkpoint state), r_s ∈ [0, D] (an upper bound on the cycles from s
//! to the first checkpoint entered), y_g ∈ {0,1} (register g saved by some checkpoint).
//! Reach: for every edge u→v, r_u ≥ d_u + r_v − M·x_u (M = D + max d); a self-loop therefore
//! forces x_u = 1, and a state without successors must be a checkpoint.
//! min-bits: z ≥ bits(s)·x_s, minimise z·(U+1) + Σ bits(g)·y_g with y_g ≥ x_s for g live in s
//! (lexicographic: worst backup first, then the union of saved registers; U = Σ bits(g)).
//! min-reserve: W_s ≥ E_save(s) − B·(1−x_s), W_u ≥ E_cyc·d_u + W_v − B·x_u, R ≥ W_s, minimise R.

use super::cost::{evaluate, Costs, Energy, Objective};
use super::model::PlanGraph;
use good_lp::solvers::coin_cbc::coin_cbc;
use good_lp::{
    constraint, variable, variables, Expression, ResolutionError, Solution, SolverModel, Variable,
    WithTimeLimit,
};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct IlpResult {
    pub chosen: Vec<bool>,
    pub costs: Costs,
    pub backend: &'static str,
    /// CBC proved optimality (false when the time limit stopped it).
    pub optimal: bool,
    /// Relative gap between the solution and CBC's best bound (0 when proven optimal).
    pub gap: f64,
    pub seconds: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IlpError {
    Infeasible,
    Solver(String),
}

pub fn solve(
    g: &PlanGraph,
    obj: Objective,
    d: u64,
    e: &Energy,
    time_limit_s: Option<f64>,
) -> Result<IlpResult, IlpError> {
    let t0 = std::time::Instant::now();
    match solve_once(g, obj, d, e, time_limit_s, true, t0) {
        // CBC's presolve can fix every variable (e.g. all states wait on a self-loop); it then
        // reports `Unlaunched` and the column values it returns are not the solution.
        Err(Retry) => solve_once(g, obj, d, e, time_limit_s, false, t0).map_err(|_| {
            IlpError::Solver("CBC returned no usable solution even without presolve".into())
        })?,
        Ok(r) => r,
    }
}

/// Marker: solve again without presolve.
struct Retry;

fn solve_once(
    g: &PlanGraph,
    obj: Objective,
    d: u64,
    e: &Energy,
    time_limit_s: Option<f64>,
    presolve: bool,
    t0: std::time::Instant,
) -> Result<Result<IlpResult, IlpError>, Retry> {
    let n = g.len();
    let maxd = g.states.iter().map(|s| s.duration).max().unwrap_or(1) as f64;
    let big_m = d as f64 + maxd;
    let mut vars = variables!();
    let x: Vec<Variable> = (0..n).map(|_| vars.add(variable().binary())).collect();
    let r: Vec<Variable> = (0..n)
        .map(|_| vars.add(variable().min(0.0).max(d as f64)))
        .collect();
    let mut cons = vec![];
    for u in 0..n {
        let du = g.states[u].duration as f64;
        if g.succ[u].is_empty() {
            cons.push(constraint!(x[u] >= 1.0));
        }
        for &v in &g.succ[u] {
            cons.push(constraint!(r[u] >= du + r[v] - big_m * x[u]));
        }
    }
    let objective: Expression = match obj {
        Objective::MinBits => {
            let regs: Vec<(&String, &u64)> = g.reg_bits.iter().collect();
            let total: u64 = regs.iter().map(|(_, b)| **b).sum();
            let y: BTreeMap<&str, Variable> = regs
                .iter()
                .map(|(name, _)| (name.as_str(), vars.add(variable().binary())))
                .collect();
            let z = vars.add(variable().min(0.0));
            for (s, &xs) in x.iter().enumerate() {
                cons.push(constraint!(z >= (g.bits(s) as f64) * xs));
                for reg in &g.states[s].live {
                    if let Some(&yv) = y.get(reg.as_str()) {
                        cons.push(constraint!(yv >= xs));
                    }
                }
            }
            let union: Expression = regs
                .iter()
                .map(|(name, b)| (**b as f64) * y[name.as_str()])
                .sum();
            ((total + 1) as f64) * z + union
        }
        Objective::MinReserve => {
            let saves: Vec<f64> = (0..n).map(|s| e.save(g, s)).collect();
            let total_d: f64 = g.states.iter().map(|s| s.duration as f64).sum();
            let big_w = e.cycle_pj * total_d + saves.iter().cloned().fold(0.0, f64::max) + 1.0;
            let w: Vec<Variable> = (0..n).map(|_| vars.add(variable().min(0.0))).collect();
            let big_r = vars.add(variable().min(0.0));
            for u in 0..n {
                cons.push(constraint!(w[u] >= saves[u] - big_w + big_w * x[u]));
                cons.push(constraint!(big_r >= w[u]));
                let du = g.states[u].duration as f64;
                for &v in &g.succ[u] {
                    cons.push(constraint!(w[u] >= e.cycle_pj * du + w[v] - big_w * x[u]));
                }
            }
            big_r.into()
        }
    };
    let mut model = vars.minimise(objective.clone()).using(coin_cbc);
    model.set_parameter("log", "0");
    model.set_parameter("slogLevel", "0");
    if !presolve {
        model.set_parameter("presolve", "off");
    }
    let mut model = match time_limit_s {
        Some(t) => model.with_time_limit(t),
        None => model,
    };
    for c in cons {
        model = model.with(c);
    }
    let sol = match model.solve() {
        Ok(s) => s,
        Err(ResolutionError::Infeasible) => return Ok(Err(IlpError::Infeasible)),
        Err(other) => return Ok(Err(IlpError::Solver(other.to_string()))),
    };
    let raw = sol.model();
    if presolve && raw.status() == coin_cbc::raw::Status::Unlaunched {
        return Err(Retry);
    }
    let optimal = raw.is_proven_optimal();
    let (obj_v, bound) = (raw.obj_value(), raw.best_possible_value());
    let gap = if optimal || obj_v.abs() < 1e-9 {
        0.0
    } else {
        ((obj_v - bound) / obj_v.abs()).max(0.0)
    };
    let chosen: Vec<bool> = x.iter().map(|v| sol.value(*v) > 0.5).collect();
    // The solver's answer is re-evaluated independently; a set that fails the reach check is a
    // solver or model bug, never silently accepted.
    let costs = match evaluate(g, &chosen, e)
        .filter(|c| c.max_reach <= d)
        .ok_or_else(|| {
            let rv: Vec<f64> = r.iter().map(|v| sol.value(*v)).collect();
            let xv: Vec<f64> = x.iter().map(|v| sol.value(*v)).collect();
            IlpError::Solver(format!(
                "solution fails the independent reach check (x = {xv:?}, r = {rv:?}, status {:?})",
                raw.status()
            ))
        }) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(IlpResult {
        chosen,
        costs,
        backend: "CBC (good_lp coin_cbc)",
        optimal,
        gap,
        seconds: t0.elapsed().as_secs_f64(),
    }))
}
