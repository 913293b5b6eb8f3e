//! `idet plan`: placement for every FSM of the top module, with baselines.

use super::cost::{evaluate, key, Costs, Energy, Objective};
use super::energy::EnergyModel;
use super::model::PlanGraph;
use super::{dp, ilp};
use crate::diag::Diagnostic;
use crate::report::analyze::AnalyzeReport;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Algo {
    Dp,
    Ilp,
    Both,
}

#[derive(Debug, Clone)]
pub struct PlanOptions {
    pub objective: Objective,
    pub algo: Algo,
    pub max_cycles: u64,
    pub max_wait: Option<u64>,
    pub energy: EnergyModel,
    pub time_limit_s: Option<f64>,
    /// States (names or codes) where checkpoints are not allowed.
    pub forbid: Vec<String>,
    /// Mean cycles between failures (`min-recompute`).
    pub mcbf: u64,
    /// Measured state visits (`min-recompute`); uniform when absent.
    pub profile: Option<super::model::Profile>,
    /// Non-volatile memories (`--nv-mem`): never saved; a checkpoint between each read and a
    /// later write (periodic/hybrid insert commits on every entry to those states).
    pub nv_mems: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Checkpoint {
    pub state: String,
    pub code: String,
    /// Live bits plus the state register.
    pub live_bits: u64,
    pub live: Vec<String>,
    pub save_energy_pj: f64,
    /// NVM reads of restoring it (tags, length, payload).
    pub restore_energy_pj: f64,
}

#[derive(Debug, Serialize)]
pub struct Baselines {
    /// Every flip-flop saved, at any state (non-volatile flip-flops / NVP style).
    pub full_backup_bits: u64,
    /// Every state a checkpoint, saving only its live bits.
    pub all_states_worst_bits: u64,
    pub all_states_reserve_pj: f64,
}

#[derive(Debug, Serialize)]
pub struct FsmPlan {
    pub state_reg: String,
    pub states: usize,
    pub checkpoints: Vec<Checkpoint>,
    pub worst_backup_bits: u64,
    pub mean_backup_bits: f64,
    pub union_bits: u64,
    pub reserve_energy_pj: f64,
    /// Periodic mode: expected checkpoint + re-execution energy per cycle (pJ).
    pub recompute_pj_per_cycle: f64,
    pub max_reach_cycles: u64,
    /// Which algorithm produced `checkpoints`.
    pub algo: String,
    pub optimal: bool,
    pub gap: f64,
    pub solver: Option<String>,
    pub solve_seconds: f64,
    /// DP objective (chain graphs only) and ILP objective, when both ran.
    pub dp_objective: Option<f64>,
    pub ilp_objective: Option<f64>,
    /// With `--nv-mem`: the objective's increase caused by the write-after-read constraint
    /// (same algorithm, same options, constraint dropped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub war_extra: Option<f64>,
    pub notes: Vec<String>,
    pub baselines: Baselines,
}

#[derive(Debug, Serialize)]
pub struct PlanReport {
    pub top: String,
    pub objective: Objective,
    pub algo: Algo,
    pub max_cycles: u64,
    pub max_wait: Option<u64>,
    pub nvm: EnergyModel,
    /// Design energy per cycle used (pJ), and how it was obtained.
    pub cycle_energy_pj: f64,
    pub cycle_energy_from: String,
    /// What the controller and its parallel adapter add per cycle (their flip-flops, estimated
    /// like the design's), and that share of the design's: the cost of idet per cycle with no
    /// checkpoint taken (`idet verify` measures a whole workload).
    pub controller_cycle_pj: f64,
    pub controller_cycle_pct: f64,
    pub full_backup_bits: u64,
    /// Aggregates over all FSMs (what a single-FSM consumer reads): every checkpoint with its FSM,
    /// the largest backup, the largest reserve, and whether every placement was proven optimal.
    pub checkpoints: Vec<TopCheckpoint>,
    pub worst_backup_bits: u64,
    /// pJ.
    pub reserve_energy: f64,
    pub optimal: bool,
    pub baselines: Baselines,
    pub fsms: Vec<FsmPlan>,
    /// Memories declared non-volatile (never saved; insert needs them too).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nv_mems: Vec<String>,
    /// FSMs left without a plan (infeasible while others are not), with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplanned: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TopCheckpoint {
    pub fsm: String,
    pub state: String,
    pub code: String,
    pub live_bits: u64,
    pub live: Vec<String>,
}

pub fn plan(r: &AnalyzeReport, o: &PlanOptions) -> Result<PlanReport, Diagnostic> {
    let cycle_pj = o.energy.cycle_energy(r.total_state_bits);
    let from = match o.energy.cycle_pj {
        Some(_) => "given".to_string(),
        None => format!(
            "estimated: {} pJ + {} pJ x {} flip-flop bits",
            super::energy::EST_BASE_PJ,
            super::energy::EST_PJ_PER_FF,
            r.total_state_bits
        ),
    };
    let e = Energy {
        cycle_pj,
        model: o.energy.clone(),
        failure_rate: 1.0 / o.mcbf.max(1) as f64,
    };
    let mut fsms = vec![];
    let mut skipped = vec![];
    // Slot words from the largest live set: what sizes the controller's counters.
    let slot_words = 2 + r
        .fsms
        .iter()
        .flat_map(|f| f.states.iter().map(|s| s.live_bits))
        .max()
        .unwrap_or(0)
        .div_ceil(32) as u32;
    let ctrl_pj =
        super::energy::EST_PJ_PER_FF * super::energy::controller_bits(slot_words, 1, false) as f64;
    for (i, f) in r.fsms.iter().enumerate() {
        let mut g = PlanGraph::from_report(r, i, o.max_wait);
        let mut unknown = g.forbid(&o.forbid);
        if let Some(p) = &o.profile {
            unknown.extend(g.apply_profile(p));
        }
        if !o.nv_mems.is_empty() {
            g.declare_nv(r, i, &o.nv_mems)
                .map_err(|e| Diagnostic::plain(format!("FSM `{}`: {e}", f.state_reg)))?;
        }
        if r.fsms.len() == 1 && !unknown.is_empty() {
            return Err(Diagnostic::plain(format!(
                "--forbid or --profile names unknown state(s): {}",
                unknown.join(", ")
            )));
        }
        if let Some(why) = super::reach::explain_infeasible(&g, o.max_cycles) {
            // With several FSMs, one that cannot be planned leaves the others their plans (an
            // FSM inside an instance, say, whose states all see the top's memory reads).
            if r.fsms.len() > 1 && r.fsms.iter().any(|x| x.state_reg != f.state_reg) {
                skipped.push(format!(
                    "FSM `{}` has no plan: infeasible: {why}",
                    f.state_reg
                ));
                continue;
            }
            return Err(Diagnostic::plain(format!(
                "FSM `{}`: infeasible: {why}",
                f.state_reg
            )));
        }
        fsms.push(plan_fsm(&g, &f.state_reg, r.total_state_bits, o, &e)?);
    }
    let checkpoints = fsms
        .iter()
        .flat_map(|f| {
            f.checkpoints.iter().map(|c| TopCheckpoint {
                fsm: f.state_reg.clone(),
                state: c.state.clone(),
                code: c.code.clone(),
                live_bits: c.live_bits,
                live: c.live.clone(),
            })
        })
        .collect();
    let baselines = Baselines {
        full_backup_bits: r.total_state_bits,
        all_states_worst_bits: fsms
            .iter()
            .map(|f| f.baselines.all_states_worst_bits)
            .max()
            .unwrap_or(0),
        all_states_reserve_pj: fsms
            .iter()
            .map(|f| f.baselines.all_states_reserve_pj)
            .fold(0.0, f64::max),
    };
    // Without an FSM insert checkpoints every cycle and saves every register (full backup).
    if r.fsms.is_empty() {
        skipped.push(format!(
            "`{}` has no control FSM: nothing to place; insert makes every cycle a checkpoint state and saves all {} state bits (full backup)",
            r.top, r.total_state_bits
        ));
    }
    let worst_without_fsm = if r.fsms.is_empty() {
        r.total_state_bits
    } else {
        0
    };
    Ok(PlanReport {
        checkpoints,
        worst_backup_bits: fsms
            .iter()
            .map(|f| f.worst_backup_bits)
            .max()
            .unwrap_or(worst_without_fsm),
        reserve_energy: fsms.iter().map(|f| f.reserve_energy_pj).fold(0.0, f64::max),
        optimal: fsms.iter().all(|f| f.optimal),
        baselines,
        top: r.top.clone(),
        objective: o.objective,
        algo: o.algo,
        max_cycles: o.max_cycles,
        max_wait: o.max_wait,
        nvm: o.energy.clone(),
        cycle_energy_pj: cycle_pj,
        cycle_energy_from: from,
        controller_cycle_pj: ctrl_pj,
        controller_cycle_pct: 100.0 * ctrl_pj / cycle_pj.max(f64::MIN_POSITIVE),
        full_backup_bits: r.total_state_bits,
        fsms,
        nv_mems: o.nv_mems.clone(),
        unplanned: skipped,
    })
}

fn plan_fsm(
    g: &PlanGraph,
    reg: &str,
    total: u64,
    o: &PlanOptions,
    e: &Energy,
) -> Result<FsmPlan, Diagnostic> {
    let d = o.max_cycles;
    let all = vec![true; g.len()];
    let all_costs = evaluate(g, &all, e).expect("every state a checkpoint is always feasible");
    let mut notes = vec![];
    let mut dp_result: Option<dp::DpResult> = None;
    if matches!(o.algo, Algo::Dp | Algo::Both) {
        dp_result = dp::solve(g, o.objective, d, e);
        if let Some(r) = &dp_result {
            notes.push(if r.exact {
                "DP: the state graph is a chain, where the DP is exact".into()
            } else {
                "DP: the state graph has loops or branches; the DP result is a heuristic (feasible, not always optimal)".into()
            });
        }
    }
    let mut ilp_result = None;
    if matches!(o.algo, Algo::Ilp | Algo::Both) || (o.algo == Algo::Dp && dp_result.is_none()) {
        if o.algo == Algo::Dp {
            notes.push("DP found no placement; fell back to the ILP".into());
        }
        match ilp::solve(g, o.objective, d, e, o.time_limit_s) {
            Ok(r) => ilp_result = Some(r),
            Err(ilp::IlpError::Infeasible) => {
                return Err(Diagnostic::plain(format!(
                    "FSM `{reg}`: no checkpoint set keeps every state within {d} cycles of a checkpoint"
                )))
            }
            Err(ilp::IlpError::Solver(m)) => {
                return Err(Diagnostic::plain(format!("FSM `{reg}`: MIP solver failed: {m}")))
            }
        }
    }
    let (chosen, costs, algo, optimal, gap, solver, secs): (
        Vec<bool>,
        Costs,
        &str,
        bool,
        f64,
        Option<String>,
        f64,
    ) = match (&ilp_result, &dp_result) {
        (Some(i), _) => (
            i.chosen.clone(),
            i.costs.clone(),
            "ilp",
            i.optimal,
            i.gap,
            Some(i.backend.to_string()),
            i.seconds,
        ),
        (None, Some(r)) => {
            let costs = evaluate(g, &r.chosen, e).expect("DP sets are feasible");
            (r.chosen.clone(), costs, "dp", r.exact, 0.0, None, 0.0)
        }
        (None, None) => unreachable!("one algorithm ran"),
    };
    let checkpoints: Vec<Checkpoint> = (0..g.len())
        .filter(|&s| chosen[s])
        .map(|s| Checkpoint {
            state: g.states[s].name.clone(),
            code: g.states[s].code.clone(),
            live_bits: g.bits(s),
            live: g.states[s].live.clone(),
            save_energy_pj: e.save(g, s),
            restore_energy_pj: e.model.restore_pj(g.bits(s)),
        })
        .collect();
    // The price of the write-after-read constraint: the same placement without it.
    let war_extra = if g.war.is_empty() {
        None
    } else {
        let mut free = g.clone();
        free.war.clear();
        let without = match algo {
            "ilp" => ilp::solve(&free, o.objective, d, e, o.time_limit_s)
                .ok()
                .map(|r| key(o.objective, &r.costs).0),
            _ => dp::solve(&free, o.objective, d, e).map(|r| r.value),
        };
        without.map(|w| key(o.objective, &costs).0 - w)
    };
    let mean = checkpoints.iter().map(|c| c.live_bits as f64).sum::<f64>()
        / checkpoints.len().max(1) as f64;
    Ok(FsmPlan {
        state_reg: reg.to_string(),
        states: g.len(),
        checkpoints,
        worst_backup_bits: costs.worst_bits,
        mean_backup_bits: mean,
        union_bits: costs.union_bits,
        reserve_energy_pj: costs.reserve_pj,
        recompute_pj_per_cycle: costs.recompute_pj_per_cycle,
        max_reach_cycles: costs.max_reach,
        algo: algo.to_string(),
        optimal,
        gap,
        solver,
        solve_seconds: secs,
        dp_objective: dp_result.as_ref().map(|x| x.value),
        ilp_objective: ilp_result.as_ref().map(|i| key(o.objective, &i.costs).0),
        war_extra,
        notes,
        baselines: Baselines {
            full_backup_bits: total,
            all_states_worst_bits: all_costs.worst_bits,
            all_states_reserve_pj: all_costs.reserve_pj,
        },
    })
}

pub fn to_text(p: &PlanReport) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "plan for {}: objective {:?}, max {} cycles to a checkpoint{}, NVM {} ({}-bit words), E_cycle {:.2} pJ ({})",
        p.top,
        p.objective,
        p.max_cycles,
        p.max_wait.map_or(", waits unbounded".to_string(), |w| format!(", waits bounded to {w} cycles")),
        p.nvm.name,
        p.nvm.word_bits,
        p.cycle_energy_pj,
        p.cycle_energy_from
    );
    let _ = writeln!(
        o,
        "controller + adapter: {:.2} pJ/cycle ({:+.1} % per cycle with no checkpoint taken)",
        p.controller_cycle_pj, p.controller_cycle_pct
    );
    for f in &p.fsms {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "FSM {} ({} states): {} checkpoint state(s)",
            f.state_reg,
            f.states,
            f.checkpoints.len()
        );
        for c in &f.checkpoints {
            let _ = writeln!(
                o,
                "  {:24} {:>6} bits  save {:>9.1} pJ  restore {:>9.1} pJ  {}",
                c.state,
                c.live_bits,
                c.save_energy_pj,
                c.restore_energy_pj,
                if c.live.is_empty() {
                    "-".into()
                } else {
                    c.live.join(" ")
                }
            );
        }
        let _ = writeln!(
            o,
            "  worst backup {} bits, mean {:.1}, union of saved registers {} bits, reserve R = {:.1} pJ, periodic {:.4} pJ/cycle, worst reach {} cycles",
            f.worst_backup_bits,
            f.mean_backup_bits,
            f.union_bits,
            f.reserve_energy_pj,
            f.recompute_pj_per_cycle,
            f.max_reach_cycles
        );
        let _ = writeln!(
            o,
            "  baselines: full backup {} bits ({:.1}x), all states {} bits; ratio to full backup {:.3}",
            f.baselines.full_backup_bits,
            f.baselines.full_backup_bits as f64 / f.worst_backup_bits.max(1) as f64,
            f.baselines.all_states_worst_bits,
            f.worst_backup_bits as f64 / f.baselines.full_backup_bits.max(1) as f64
        );
        if let Some(x) = f.war_extra {
            let _ = writeln!(
                o,
                "  non-volatile {}: a checkpoint between every read and later write; objective +{x} over the same placement without that constraint",
                p.nv_mems.join(" ")
            );
        }
        let solver = f.solver.as_deref().unwrap_or("none");
        let _ = writeln!(
            o,
            "  algorithm {}: optimal {}, gap {:.3}, {:.3} s, solver {}; DP objective {}, ILP objective {}",
            f.algo,
            f.optimal,
            f.gap,
            f.solve_seconds,
            solver,
            f.dp_objective.map_or("-".into(), |v| format!("{v:.1}")),
            f.ilp_objective.map_or("-".into(), |v| format!("{v:.1}"))
        );
        for n in &f.notes {
            let _ = writeln!(o, "  note: {n}");
        }
    }
    for u in &p.unplanned {
        let _ = writeln!(o, "note: {u}");
    }
    o
}
