//! Exact placement for any graph as a mixed-integer program (good_lp on CBC).
//!
//! Variables: x_s ∈ {0,1} (checkpoint state), r_s ∈ [0, D] (an upper bound on the cycles from s
//! to the first checkpoint entered), y_g ∈ {0,1} (register g saved by some checkpoint).
//! Reach: for every edge u→v, r_u ≥ d_u + r_v − M·x_u (M = D + max d); a self-loop therefore
//! forces x_u = 1, and a state without successors must be a checkpoint.
//! min-bits: z ≥ bits(s)·x_s, minimise z·(U+1) + Σ bits(g)·y_g with y_g ≥ x_s for g live in s
//! (lexicographic: worst backup first, then the union of saved registers; U = Σ bits(g)).
//! min-reserve: W_s ≥ E_save(s) − B·(1−x_s), W_u ≥ E_cyc·d_u + W_v − B·x_u, R ≥ W_s, minimise R.
//! min-recompute: a_v ≥ a_u + d_u − A·x_v (age since the last checkpoint entry), minimise
//! Σ entries(s)·E_save(s)·x_s + λ·E_cyc·Σ share(s)·a_s.

use super::cost::{evaluate, Costs, Energy, Objective};
use super::model::PlanGraph;
use good_lp::{constraint, variable, variables, Expression, Variable};
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
    // Feasibility is decided exactly without the solver: the most permissive set (every allowed
    // state) is feasible iff any set is. CBC reports some infeasible models as `Unlaunched`
    // without flagging them infeasible.
    if super::reach::explain_infeasible(g, d).is_some() {
        return Err(IlpError::Infeasible);
    }
    // Decisions the model forces are fixed here, and a model with nothing left to decide never
    // reaches the solver. (CBC was seen returning `Unlaunched` with no solution values on such
    // models while two threads used it at once; all CBC use is now serialised, see `CBC`.)
    let fixed = forced(g, d);
    if fixed.iter().all(Option::is_some) {
        let chosen: Vec<bool> = fixed.iter().map(|f| f.unwrap_or(false)).collect();
        let costs = evaluate(g, &chosen, e).ok_or(IlpError::Infeasible)?;
        return Ok(IlpResult {
            chosen,
            costs,
            backend: "none (every decision forced)",
            optimal: true,
            gap: 0.0,
            seconds: t0.elapsed().as_secs_f64(),
        });
    }
    let attempt = {
        // libCbc is not thread-safe, and good_lp builds the model through unlocked calls: one
        // CBC model at a time in the whole process.
        let _cbc = CBC.lock().unwrap_or_else(|e| e.into_inner());
        let p = Problem {
            g,
            obj,
            d,
            e,
            time_limit_s,
        };
        match solve_once(&p, true, &fixed, t0) {
            Err(Retry) => solve_once(&p, false, &fixed, t0),
            Ok(r) => Ok(r),
        }
    };
    match attempt {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(IlpError::Infeasible)) => Err(IlpError::Infeasible),
        // CBC gave no usable answer (not seen since CBC use is serialised): decide the few open
        // decisions exhaustively, which is exact.
        _ if fixed.iter().filter(|f| f.is_none()).count() <= super::brute::MAX_STATES => {
            let (chosen, costs) =
                super::brute::solve_fixed(g, obj, d, e, &fixed).ok_or(IlpError::Infeasible)?;
            Ok(IlpResult {
                chosen,
                costs,
                backend: "exhaustive (CBC returned no usable solution)",
                optimal: true,
                gap: 0.0,
                seconds: t0.elapsed().as_secs_f64(),
            })
        }
        Ok(Err(e)) => Err(e),
        Err(Retry) => Err(IlpError::Solver("CBC returned no usable solution".into())),
    }
}

/// x_s forced to 1 (a self-loop, no successor, or a duration beyond D) or 0 (forbidden).
fn forced(g: &PlanGraph, d: u64) -> Vec<Option<bool>> {
    (0..g.len())
        .map(|u| {
            let st = &g.states[u];
            if st.forbidden {
                Some(false)
            } else if g.succ[u].is_empty() || g.succ[u].contains(&u) || st.duration > d {
                Some(true)
            } else {
                None
            }
        })
        .collect()
}

static CBC: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Marker: solve again without presolve.
struct Retry;

/// One placement instance.
struct Problem<'a> {
    g: &'a PlanGraph,
    obj: Objective,
    d: u64,
    e: &'a Energy,
    time_limit_s: Option<f64>,
}

fn solve_once(
    p: &Problem,
    presolve: bool,
    fixed: &[Option<bool>],
    t0: std::time::Instant,
) -> Result<Result<IlpResult, IlpError>, Retry> {
    let Problem {
        g,
        obj,
        d,
        e,
        time_limit_s,
    } = *p;
    let n = g.len();
    let maxd = g.states.iter().map(|s| s.duration).max().unwrap_or(1) as f64;
    let big_m = d as f64 + maxd;
    let mut vars = variables!();
    // Fixed decisions are constants, not variables, and rows they make redundant are not emitted:
    // CLP aborts (an assertion in OsiClpSolverInterface::crunch) on rows left without free columns.
    let x: Vec<Option<Variable>> = fixed
        .iter()
        .map(|f| f.is_none().then(|| vars.add(variable().binary())))
        .collect();
    let xe = |s: usize| -> Expression {
        match (x[s], fixed[s]) {
            (Some(v), _) => v.into(),
            (None, f) => (if f == Some(true) { 1.0 } else { 0.0 }).into(),
        }
    };
    let is_one = |s: usize| fixed[s] == Some(true);
    let is_zero = |s: usize| fixed[s] == Some(false);
    let r: Vec<Variable> = (0..n)
        .map(|_| vars.add(variable().min(0.0).max(d as f64)))
        .collect();
    let mut cons = vec![];
    for u in 0..n {
        let du = g.states[u].duration as f64;
        // A checkpoint state's reach rows are inactive; self-loops and exits are forced.
        if is_one(u) {
            continue;
        }
        for &v in &g.succ[u] {
            if v != u {
                cons.push(constraint!(r[u] >= du + r[v] - big_m * xe(u)));
            }
        }
    }
    // Non-volatile memories: dirty_v ≥ dirty_u − x_v and dirty_v ≥ read(u) − x_v on every edge
    // (entering a checkpoint commits, clearing it); a writing state is never entered dirty.
    for m in &g.war {
        let dirty: Vec<Variable> = (0..n)
            .map(|_| vars.add(variable().min(0.0).max(1.0)))
            .collect();
        for u in 0..n {
            for &v in &g.succ[u] {
                cons.push(constraint!(dirty[v] >= dirty[u] - xe(v)));
                if m.reads[u] {
                    cons.push(constraint!(dirty[v] >= 1.0 - xe(v)));
                }
            }
            if m.writes[u] {
                cons.push(constraint!(dirty[u] <= 0.0));
            }
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
            for s in 0..n {
                if is_zero(s) {
                    continue;
                }
                cons.push(constraint!(z >= (g.bits(s) as f64) * xe(s)));
                for reg in &g.states[s].live {
                    if let Some(&yv) = y.get(reg.as_str()) {
                        cons.push(constraint!(yv >= xe(s)));
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
            let w: Vec<Variable> = (0..n)
                .map(|_| vars.add(variable().min(0.0).max(big_w)))
                .collect();
            let big_r = vars.add(variable().min(0.0));
            for u in 0..n {
                cons.push(constraint!(big_r >= w[u]));
                if !is_zero(u) {
                    cons.push(constraint!(w[u] >= saves[u] - big_w + big_w * xe(u)));
                }
                if is_one(u) {
                    continue;
                }
                let du = g.states[u].duration as f64;
                for &v in &g.succ[u] {
                    if v != u {
                        cons.push(constraint!(w[u] >= e.cycle_pj * du + w[v] - big_w * xe(u)));
                    }
                }
            }
            big_r.into()
        }
        Objective::MinRecompute => {
            let total_d: f64 = g.states.iter().map(|s| s.duration as f64).sum();
            let big_a = total_d + maxd;
            let a: Vec<Variable> = (0..n)
                .map(|_| vars.add(variable().min(0.0).max(total_d)))
                .collect();
            for u in 0..n {
                let du = g.states[u].duration as f64;
                for &v in &g.succ[u] {
                    if v != u && !is_one(v) {
                        cons.push(constraint!(a[v] >= a[u] + du - big_a * xe(v)));
                    }
                }
            }
            let saves: Expression = (0..n)
                .map(|s| (g.states[s].entry_rate * e.save(g, s)) * xe(s))
                .sum();
            let reexec: Expression = (0..n)
                .map(|s| (e.failure_rate * e.cycle_pj * g.states[s].cycle_share) * a[s])
                .sum();
            saves + reexec
        }
    };
    let mut want: Vec<Variable> = x.iter().flatten().copied().collect();
    want.extend(r.iter().copied());
    let solved = match backend::run(vars, objective, cons, &want, time_limit_s, presolve)? {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let value = |v: Variable| solved.values[want.iter().position(|w| *w == v).expect("wanted")];
    let (optimal, gap) = (solved.optimal, solved.gap);
    let chosen: Vec<bool> = (0..n)
        .map(|s| match x[s] {
            Some(v) => value(v) > 0.5,
            None => fixed[s] == Some(true),
        })
        .collect();
    // The solver's answer is re-evaluated independently; a set that fails the reach check is a
    // solver or model bug, never silently accepted.
    let costs = match evaluate(g, &chosen, e)
        .filter(|c| c.max_reach <= d)
        .ok_or_else(|| {
            let rv: Vec<f64> = r.iter().map(|v| value(*v)).collect();
            let xv: Vec<f64> = x.iter().map(|v| v.map_or(-1.0, value)).collect();
            IlpError::Solver(format!(
                "solution fails the independent reach or write-after-read check (x = {xv:?}, r = {rv:?})"
            ))
        }) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(IlpResult {
        chosen,
        costs,
        backend: backend::NAME,
        optimal,
        gap,
        seconds: t0.elapsed().as_secs_f64(),
    }))
}

/// What a MIP backend returns: values of the requested variables, in order.
struct Solved {
    values: Vec<f64>,
    optimal: bool,
    gap: f64,
}

#[cfg(not(any(feature = "cbc", feature = "microlp")))]
compile_error!(
    "enable a MIP backend: feature `cbc` (default, needs coinor-libcbc-dev) or `microlp`"
);

/// CBC through good_lp (the default; Debian's coinor-libcbc-dev).
#[cfg(feature = "cbc")]
mod backend {
    use super::{IlpError, Retry, Solved};
    use good_lp::solvers::coin_cbc::coin_cbc;
    use good_lp::{
        Constraint, Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable,
        WithTimeLimit,
    };

    pub const NAME: &str = "CBC (good_lp coin_cbc)";

    pub fn run(
        vars: ProblemVariables,
        objective: Expression,
        cons: Vec<Constraint>,
        want: &[Variable],
        time_limit_s: Option<f64>,
        presolve: bool,
    ) -> Result<Result<Solved, IlpError>, Retry> {
        let mut model = vars.minimise(objective).using(coin_cbc);
        model.set_parameter("log", "0");
        model.set_parameter("slogLevel", "0");
        if !presolve {
            model.set_parameter("presolve", "off");
        }
        // CBC's primal heuristics call CLP's `crunch`, which aborts the process on some of these
        // models (Debian's Cbc 2.10; reproduced by `regression_clp_crunch_abort_recompute_chain`).
        // Heuristics only speed up the search; branch and bound stays exact without them.
        model.set_parameter("heuristicsOnOff", "off");
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
        Ok(Ok(Solved {
            values: want.iter().map(|v| sol.value(*v)).collect(),
            optimal,
            gap,
        }))
    }
}

/// Pure-Rust microlp (feature `microlp`, for machines without CBC; measured slower and erratic on
/// large instances). Optimality is claimed only when no time limit could have cut the search.
#[cfg(all(feature = "microlp", not(feature = "cbc")))]
mod backend {
    use super::{IlpError, Retry, Solved};
    use good_lp::{
        Constraint, Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable,
        WithTimeLimit,
    };

    pub const NAME: &str = "microlp (pure Rust, good_lp)";

    pub fn run(
        vars: ProblemVariables,
        objective: Expression,
        cons: Vec<Constraint>,
        want: &[Variable],
        time_limit_s: Option<f64>,
        _presolve: bool,
    ) -> Result<Result<Solved, IlpError>, Retry> {
        let mut model = vars.minimise(objective).using(good_lp::microlp);
        if let Some(t) = time_limit_s {
            model = model.with_time_limit(t);
        }
        for c in cons {
            model = model.with(c);
        }
        match model.solve() {
            Ok(sol) => Ok(Ok(Solved {
                values: want.iter().map(|v| sol.value(*v)).collect(),
                optimal: time_limit_s.is_none(),
                gap: 0.0,
            })),
            Err(ResolutionError::Infeasible) => Ok(Err(IlpError::Infeasible)),
            Err(other) => Ok(Err(IlpError::Solver(other.to_string()))),
        }
    }
}
