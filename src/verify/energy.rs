//! Energy of a verified workload, estimated from what the harness counted: cycles of the design
//! with and without idet (run without losses), NVM words written and read, the cycles the
//! design spends frozen for saves and the cycles of restoring boots.
//!
//! The model is `plan::energy::EnergyModel` (the `--nvm` preset or file): NVM energy per bit
//! read and written, and the design's energy per cycle (given, or estimated from its flip-flop
//! bits). idet's controller and adapter add their own flip-flops' share per cycle, estimated
//! the same way from their register bits. Frozen cycles are charged as running ones (a clock
//! gate would make them cheaper): the figures err on the side of a higher overhead.

use crate::plan::energy::{EnergyModel, EST_PJ_PER_FF};
use serde::Serialize;

/// What the harness counted for the energy figures (a part of its result line).
pub struct Counts {
    pub transactions_per_run: u32,
    pub golden_cycles_run0: u64,
    pub augmented_cycles_run0: u64,
    pub nvm_unit_bits: u32,
    pub nvm_writes_run0: u64,
    pub nvm_reads_run0: u64,
    /// NVM units written by saves (output-commit erases excluded), all runs with losses.
    pub save_units: u64,
    pub commits: u64,
    /// Cycles with `busy` high outside boots (saves, erases), all runs with losses.
    pub busy_run_cycles: u64,
    pub restores: u64,
    pub restore_reads: u64,
    pub restore_cycles: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnergyReport {
    /// NVM model name (preset or file).
    pub nvm: String,
    /// The design's energy per cycle, and where it comes from.
    pub cycle_pj: f64,
    pub cycle_pj_from: String,
    /// Added per cycle by the controller's and adapter's flip-flops (estimate).
    pub controller_cycle_pj: f64,
    /// One transaction of the workload without losses: the original design.
    pub job_pj: f64,
    /// The same with idet, no losses: boot, any commits, the controller running alongside.
    pub job_idet_pj: f64,
    pub overhead_pct: f64,
    /// Mean energy of one save (NVM writes and frozen cycles), over the runs with losses.
    pub checkpoint_pj: f64,
    /// Mean energy of one restoring boot (NVM reads and its cycles).
    pub restore_pj: f64,
}

pub use crate::plan::energy::controller_bits;

/// The flip-flop bits idet adds to this insert: its controller and NVM adapter.
pub fn insert_controller_bits(ins: &crate::insert::report::InsertReport) -> u64 {
    let spi = matches!(ins.nvm, crate::insert::NvmPort::SpiFram { .. });
    controller_bits(ins.slot_words, ins.commit_outputs.len().max(1) as u32, spi)
}

/// Bits one NVM access stands for: a word of the parallel port, a byte of the SPI FRAM.
pub fn unit_bits(port: &crate::insert::NvmPort) -> u32 {
    match *port {
        crate::insert::NvmPort::Parallel { word_bits, .. } => word_bits,
        crate::insert::NvmPort::SpiFram { .. } => 8,
    }
}

pub fn estimate(m: &EnergyModel, state_bits: u64, ctrl_bits: u64, c: &Counts) -> EnergyReport {
    let cycle_pj = m.cycle_energy(state_bits);
    let ctrl_pj = EST_PJ_PER_FF * ctrl_bits as f64;
    let unit = c.nvm_unit_bits as f64;
    let wr = unit * m.write_pj_per_bit;
    let rd = unit * m.read_pj_per_bit;
    let per_txn = |e: f64| e / c.transactions_per_run.max(1) as f64;
    let job = per_txn(c.golden_cycles_run0 as f64 * cycle_pj);
    let job_idet = per_txn(
        c.augmented_cycles_run0 as f64 * (cycle_pj + ctrl_pj)
            + c.nvm_writes_run0 as f64 * wr
            + c.nvm_reads_run0 as f64 * rd,
    );
    let mean = |x: f64, n: u64| if n == 0 { 0.0 } else { x / n as f64 };
    EnergyReport {
        nvm: m.name.clone(),
        cycle_pj,
        cycle_pj_from: if m.cycle_pj.is_some() {
            "given".to_string()
        } else {
            format!("estimated from {state_bits} flip-flop bits")
        },
        controller_cycle_pj: ctrl_pj,
        job_pj: job,
        job_idet_pj: job_idet,
        overhead_pct: if job > 0.0 {
            100.0 * (job_idet - job) / job
        } else {
            0.0
        },
        checkpoint_pj: mean(
            c.save_units as f64 * wr + c.busy_run_cycles as f64 * (cycle_pj + ctrl_pj),
            c.commits,
        ),
        restore_pj: mean(
            c.restore_reads as f64 * rd + c.restore_cycles as f64 * (cycle_pj + ctrl_pj),
            c.restores,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> Counts {
        Counts {
            transactions_per_run: 4,
            golden_cycles_run0: 1000,
            augmented_cycles_run0: 1010,
            nvm_unit_bits: 32,
            nvm_writes_run0: 0,
            nvm_reads_run0: 2,
            save_units: 100,
            commits: 10,
            busy_run_cycles: 120,
            restores: 5,
            restore_reads: 40,
            restore_cycles: 50,
        }
    }

    #[test]
    fn overhead_follows_from_the_definitions() {
        let mut m = EnergyModel::preset("fram").unwrap();
        m.cycle_pj = Some(10.0);
        let r = estimate(&m, 100, 20, &counts());
        let ctrl = EST_PJ_PER_FF * 20.0;
        assert_eq!(r.job_pj, 1000.0 * 10.0 / 4.0);
        let idet = (1010.0 * (10.0 + ctrl) + 2.0 * 32.0 * m.read_pj_per_bit) / 4.0;
        assert!((r.job_idet_pj - idet).abs() < 1e-9);
        assert!((r.overhead_pct - 100.0 * (idet - 2500.0) / 2500.0).abs() < 1e-9);
        let save = (100.0 * 32.0 * m.write_pj_per_bit + 120.0 * (10.0 + ctrl)) / 10.0;
        assert!((r.checkpoint_pj - save).abs() < 1e-9);
        let restore = (40.0 * 32.0 * m.read_pj_per_bit + 50.0 * (10.0 + ctrl)) / 5.0;
        assert!((r.restore_pj - restore).abs() < 1e-9);
        assert_eq!(r.cycle_pj_from, "given");
    }

    #[test]
    fn no_commits_no_restores_is_zero_not_nan() {
        let m = EnergyModel::preset("fram").unwrap();
        let mut c = counts();
        c.commits = 0;
        c.restores = 0;
        let r = estimate(&m, 100, 20, &c);
        assert_eq!(r.checkpoint_pj, 0.0);
        assert_eq!(r.restore_pj, 0.0);
        assert!(r.cycle_pj_from.contains("100 flip-flop bits"));
    }

    #[test]
    fn controller_bits_grow_with_the_slot_and_the_port() {
        assert!(controller_bits(1000, 1, false) > controller_bits(16, 1, false));
        assert!(controller_bits(16, 1, true) > controller_bits(16, 1, false));
    }
}
