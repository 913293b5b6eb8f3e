//! What `idet verify` found: losses by kind, divergences, checkpoints, cycle overhead.

use super::iface::Interface;
use super::VerifyOptions;
use crate::insert::report::InsertReport;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The harness's result line (sim/verify.cpp).
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct HarnessResult {
    pub runs: u64,
    pub transactions_per_run: u32,
    pub losses: u64,
    pub losses_jit: u64,
    pub losses_save: u64,
    pub losses_restore: u64,
    pub losses_repeat: u64,
    pub resumes: u64,
    pub divergences: u64,
    pub first_divergence: String,
    pub checkpoints: u64,
    pub restores: u64,
    pub cold_boots: u64,
    pub output_commits: u64,
    pub golden_cycles_run0: u64,
    pub augmented_cycles_run0: u64,
    /// Cycles of the power-up boot in the run without losses (NVM scan, nothing to restore).
    pub boot_cycles_run0: u64,
    pub golden_cycles: u64,
    pub augmented_cycles_with_losses: u64,
    pub nvm_writes: u64,
    pub nvm_reads: u64,
    /// Losses without warning (`--sudden`), outside saves (those count as `losses_save`).
    #[serde(default)]
    pub sudden: bool,
    #[serde(default)]
    pub losses_sudden: u64,
    /// Sudden losses: running cycles between the newest commit (or boot) and each cut, summed.
    #[serde(default)]
    pub reexec_cycles: u64,
    /// Checkpoints committed (tag written), with losses and in run 0.
    #[serde(default)]
    pub nvm_commits: u64,
    #[serde(default)]
    pub commits_run0: u64,
    /// Commits (and so re-executed cycles) are observed (both NVM ports since the tag commit;
    /// false in results of older harnesses, which saw the parallel port only).
    #[serde(default)]
    pub commit_tracking: bool,
    /// The liveness check (`--deadcheck`): runs of the original with every register called
    /// dead overwritten with random values at each falling edge, cycles corrupted, register
    /// writes, runs whose transactions differed from the golden ones.
    #[serde(default)]
    pub deadcheck_runs: u64,
    #[serde(default)]
    pub deadcheck_cycles: u64,
    #[serde(default)]
    pub deadcheck_writes: u64,
    #[serde(default)]
    pub deadcheck_divergences: u64,
    #[serde(default)]
    pub deadcheck_first_divergence: String,
    /// Lines the harness printed (divergences, errors).
    #[serde(default)]
    pub messages: Vec<String>,
    /// Energy bookkeeping (`energy.rs`): bits per NVM access count, accesses of the run
    /// without losses, save writes, busy cycles outside boots, restoring boots' reads and cycles.
    #[serde(default)]
    pub nvm_unit_bits: u32,
    #[serde(default)]
    pub nvm_writes_run0: u64,
    #[serde(default)]
    pub nvm_reads_run0: u64,
    #[serde(default)]
    pub save_units: u64,
    #[serde(default)]
    pub busy_run_cycles: u64,
    #[serde(default)]
    pub restore_reads: u64,
    #[serde(default)]
    pub restore_cycles: u64,
}

#[derive(Debug, Serialize)]
pub struct VerifyReport {
    pub top: String,
    pub protocol: String,
    pub interface: Interface,
    pub seed: u64,
    pub nvm_words: u32,
    pub checkpoint_states: Vec<String>,
    #[serde(flatten)]
    pub result: HarnessResult,
    /// Losses during a save or a restore, in % of all losses.
    pub save_restore_pct: f64,
    /// Augmented vs golden cycles on the same workload without losses, boot excluded, %.
    pub cycle_overhead_pct: f64,
    /// Golden cycles / augmented powered cycles with losses (1.0 = no work lost or added).
    pub forward_progress: f64,
    /// Commits per 1,000 cycles of the run without losses (parallel NVM port; NaN, written as
    /// null, on SPI).
    pub checkpoints_per_kcycle: f64,
    /// Sudden losses: re-executed (lost) cycles per loss (parallel NVM port; NaN on SPI).
    pub reexec_cycles_per_loss: f64,
    /// The liveness check's registers: corrupted in some state, and dead somewhere but out of
    /// its reach (empty without `--deadcheck`).
    pub deadcheck_corrupted_registers: usize,
    pub deadcheck_unreachable: Vec<String>,
    /// Energy estimate (NVM model, design and controller energy per cycle).
    pub energy: super::energy::EnergyReport,
    pub passed: bool,
}

fn pct(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

pub fn build(
    top: &str,
    iface: &Interface,
    ins: &InsertReport,
    opts: &VerifyOptions,
    r: HarnessResult,
) -> VerifyReport {
    let g0 = r.golden_cycles_run0;
    let counts = super::energy::Counts {
        transactions_per_run: r.transactions_per_run,
        golden_cycles_run0: r.golden_cycles_run0,
        augmented_cycles_run0: r.augmented_cycles_run0,
        nvm_unit_bits: r.nvm_unit_bits,
        nvm_writes_run0: r.nvm_writes_run0,
        nvm_reads_run0: r.nvm_reads_run0,
        save_units: r.save_units,
        commits: r.checkpoints.max(r.nvm_commits),
        busy_run_cycles: r.busy_run_cycles,
        restores: r.restores,
        restore_reads: r.restore_reads,
        restore_cycles: r.restore_cycles,
    };
    let energy = super::energy::estimate(
        &opts.energy,
        opts.state_bits,
        super::energy::insert_controller_bits(ins),
        &counts,
    );
    VerifyReport {
        top: top.to_string(),
        protocol: iface.protocol.to_string(),
        interface: iface.clone(),
        seed: opts.seed,
        nvm_words: ins.nvm_words,
        checkpoint_states: ins.checkpoints.iter().map(|c| c.state.clone()).collect(),
        save_restore_pct: pct(r.losses_save + r.losses_restore, r.losses),
        cycle_overhead_pct: pct(
            (r.augmented_cycles_run0.saturating_sub(r.boot_cycles_run0)).abs_diff(g0),
            g0,
        ),
        forward_progress: if r.augmented_cycles_with_losses == 0 {
            0.0
        } else {
            r.golden_cycles as f64 / r.augmented_cycles_with_losses as f64
        },
        checkpoints_per_kcycle: if !r.commit_tracking {
            f64::NAN
        } else if r.augmented_cycles_run0 == 0 {
            0.0
        } else {
            1000.0 * r.commits_run0 as f64 / r.augmented_cycles_run0 as f64
        },
        reexec_cycles_per_loss: if !r.commit_tracking {
            f64::NAN
        } else if r.losses == 0 {
            0.0
        } else {
            r.reexec_cycles as f64 / r.losses as f64
        },
        deadcheck_corrupted_registers: opts.deadcheck.as_ref().map_or(0, |d| d.corrupted),
        deadcheck_unreachable: opts
            .deadcheck
            .as_ref()
            .map_or(vec![], |d| d.unreachable.clone()),
        passed: r.divergences == 0 && r.deadcheck_divergences == 0,
        energy,
        result: r,
    }
}

/// A figure, or "n/a" where the harness cannot observe it (NaN).
fn known(x: f64, digits: usize) -> String {
    if x.is_nan() {
        "n/a".to_string()
    } else {
        format!("{x:.digits$}")
    }
}

pub fn to_text(v: &VerifyReport) -> String {
    let r = &v.result;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "idet verify: `{}` ({} host, {} transactions per run, seed {})",
        v.top, v.protocol, r.transactions_per_run, v.seed
    );
    let _ = writeln!(
        s,
        "checkpoint states: {} ({} NVM words)",
        v.checkpoint_states.join(", "),
        v.nvm_words
    );
    let _ = writeln!(
        s,
        "losses: {} over {} runs: {} after a warning, {} during a save, {} during a restore, {} repeated ({:.1} % during save or restore); {} warnings withdrawn",
        r.losses,
        r.runs,
        r.losses_jit,
        r.losses_save,
        r.losses_restore,
        r.losses_repeat,
        v.save_restore_pct,
        r.resumes
    );
    if r.sudden {
        let _ = writeln!(
            s,
            "sudden losses (no warning): {} while running, {} inside a save or commit, {} during a restore, {} repeated; re-executed {} cycles per loss",
            r.losses_sudden,
            r.losses_save,
            r.losses_restore,
            r.losses_repeat,
            known(v.reexec_cycles_per_loss, 1)
        );
    }
    let _ = writeln!(
        s,
        "checkpoints committed: {} ({} in the run without losses, {} per 1k cycles), restores: {}, cold boots: {}, output commits: {}, NVM writes/reads: {}/{}",
        if r.commit_tracking || r.checkpoints > 0 {
            r.checkpoints.max(r.nvm_commits).to_string()
        } else {
            "n/a".to_string()
        },
        if r.commit_tracking {
            r.commits_run0.to_string()
        } else {
            "n/a".to_string()
        },
        known(v.checkpoints_per_kcycle, 2),
        r.restores,
        r.cold_boots,
        r.output_commits,
        r.nvm_writes,
        r.nvm_reads
    );
    let _ = writeln!(
        s,
        "cycles without losses: golden {}, augmented {} = boot {} + run {} (overhead {:.2} %)",
        r.golden_cycles_run0,
        r.augmented_cycles_run0,
        r.boot_cycles_run0,
        r.augmented_cycles_run0.saturating_sub(r.boot_cycles_run0),
        v.cycle_overhead_pct
    );
    let _ = writeln!(
        s,
        "cycles with losses: golden {}, augmented (powered) {} (forward progress {:.3})",
        r.golden_cycles, r.augmented_cycles_with_losses, v.forward_progress
    );
    let e = &v.energy;
    let _ = writeln!(
        s,
        "energy (estimate, NVM {}): a transaction {:.1} nJ, with idet and no losses {:.1} nJ ({:+.2} %); a checkpoint {:.1} nJ, a restore {:.1} nJ; design {:.1} pJ/cycle ({}), controller + adapter {:.1} pJ/cycle",
        e.nvm,
        e.job_pj / 1000.0,
        e.job_idet_pj / 1000.0,
        e.overhead_pct,
        e.checkpoint_pj / 1000.0,
        e.restore_pj / 1000.0,
        e.cycle_pj,
        e.cycle_pj_from,
        e.controller_cycle_pj
    );
    if !r.commit_tracking && r.sudden {
        let _ = writeln!(
            s,
            "note: commits are observed on the parallel NVM port only: with SPI, re-executed cycles and commit counts are not measured"
        );
    }
    for m in &r.messages {
        let _ = writeln!(s, "{m}");
    }
    if r.deadcheck_runs > 0 {
        let _ = writeln!(
            s,
            "liveness check: {} runs of the original with the {} registers and memories called dead overwritten at random where dead: {} corrupted cycles, {} writes, {} divergences",
            r.deadcheck_runs,
            v.deadcheck_corrupted_registers,
            r.deadcheck_cycles,
            r.deadcheck_writes,
            r.deadcheck_divergences
        );
        if !v.deadcheck_unreachable.is_empty() {
            let _ = writeln!(
                s,
                "note: liveness check: {} register(s) in unnamed generate blocks not corrupted (Verilator cannot reach them by name): {}",
                v.deadcheck_unreachable.len(),
                v.deadcheck_unreachable.join(" ")
            );
        }
    }
    let _ = writeln!(
        s,
        "divergences: {} — {}",
        r.divergences + r.deadcheck_divergences,
        if v.passed { "PASS" } else { "FAIL" }
    );
    s
}
