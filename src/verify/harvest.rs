//! `idet verify --harvest TRACE`: the workload run once on harvested power instead of random
//! losses. A storage capacitor is charged by a power trace and drained by the design (the energy
//! model's energy per cycle, NVM energy per unit read and written); the supply turns on at
//! `v_on`, `idet_pwr_warn` rises below `v_warn`, the power dies below `v_off`. The harness
//! (`sim/verify.cpp`, `harvest_main`) simulates it cycle by cycle and compares the transactions
//! with the golden ones; this module chooses the trace, reads the result and draws the capacitor
//! voltage with the boots, commits and brown-outs marked (SVG, plotters).

use crate::diag::Diagnostic;
use plotters::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Capacitor, thresholds, clock and trace of a harvested-power run.
#[derive(Clone, Debug, Serialize)]
pub struct HarvestOptions {
    /// `rf`, `solar`, or a CSV file of `time_s,power_w` lines (piecewise constant, repeating).
    pub trace: String,
    pub cap_nf: f64,
    pub v_on: f64,
    pub v_warn: f64,
    pub v_off: f64,
    pub clock_mhz: f64,
    /// Give up after this much simulated time (s).
    pub time_limit_s: f64,
    /// Where to draw the capacitor voltage (SVG), if anywhere.
    #[serde(skip)]
    pub svg: Option<std::path::PathBuf>,
}

/// The built-in traces: `rf` — an RFID reader's field at a distance, 30 µW for 2 ms of every
/// 10 ms (6 µW on average); `solar` — a small cell under passing shade, a 2 s period ramping
/// 0 → 30 µW → 0. Both below what a design of a few hundred flip-flops draws at 1 MHz
/// (~40 µW by the default energy model), so it runs on stored charge, charge after charge.
pub fn builtin(name: &str) -> Option<Vec<(f64, f64)>> {
    match name {
        "rf" => Some(vec![(0.0, 30e-6), (0.002, 0.0), (0.010, 0.0)]),
        "solar" => {
            let mut v = vec![];
            for k in 0..20 {
                let x = k as f64 / 20.0;
                let tri = 1.0 - (2.0 * x - 1.0).abs();
                v.push((2.0 * x, 30e-6 * tri));
            }
            v.push((2.0, 0.0));
            Some(v)
        }
        _ => None,
    }
}

/// The trace's points: a built-in one or the CSV file's.
pub fn trace_points(spec: &str) -> Result<Vec<(f64, f64)>, Diagnostic> {
    if let Some(v) = builtin(spec) {
        return Ok(v);
    }
    let text = std::fs::read_to_string(spec).map_err(|e| {
        Diagnostic::plain(format!(
            "--harvest `{spec}` is neither a built-in trace (rf, solar) nor a readable CSV file: {e}"
        ))
    })?;
    let mut out: Vec<(f64, f64)> = vec![];
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("time") {
            continue;
        }
        let mut f = line.split(',').map(|x| x.trim().parse::<f64>());
        match (f.next(), f.next()) {
            (Some(Ok(t)), Some(Ok(p))) if p >= 0.0 && out.last().is_none_or(|l| t > l.0) => {
                out.push((t, p))
            }
            _ => {
                return Err(Diagnostic::plain(format!(
                    "{spec}:{}: expected `time_s,power_w` with increasing times and power >= 0",
                    n + 1
                )))
            }
        }
    }
    if out.len() < 2 || out[0].0 != 0.0 {
        return Err(Diagnostic::plain(format!(
            "{spec}: a trace needs two points at least, the first at time 0 (the last one's time is the period)"
        )));
    }
    Ok(out)
}

/// The harness's result line in harvest mode.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct HarvestResult {
    pub finished: bool,
    pub divergences: u64,
    pub first_divergence: String,
    pub transactions: u32,
    pub transactions_done: u64,
    pub golden_cycles: u64,
    pub powered_cycles: u64,
    pub seconds: f64,
    pub boots: u64,
    pub failures: u64,
    pub warnings: u64,
    pub sleeps: u64,
    pub commits: u64,
    pub restores: u64,
    pub harvested_j: f64,
    pub drawn_j: f64,
    /// Cycles one charge (v_on down to v_off) runs with nothing harvested meanwhile.
    pub charge_cycles: f64,
    /// The original design alone on the same trace and capacitor (every brown-out restarts it
    /// from reset; the host re-issues the lost job), for as long again as idet took (10 s at
    /// least, the time limit at most): the golden transactions it got, in order, up to the
    /// first wrong one.
    pub baseline_transactions_done: u64,
    /// Transactions it delivered at all (right or wrong).
    pub baseline_delivered: u64,
    pub baseline_failures: u64,
    pub baseline_seconds: f64,
    pub baseline_finished: bool,
}

#[derive(Debug, Serialize)]
pub struct HarvestReport {
    pub top: String,
    pub options: HarvestOptions,
    #[serde(flatten)]
    pub result: HarvestResult,
    /// Golden cycles / powered cycles of the augmented design.
    pub forward_progress: f64,
    /// Cycles of one transaction without losses, in charges: above 1, the design without idet
    /// never completes one (each brown-out restarts it from reset).
    pub charges_per_transaction: f64,
    pub passed: bool,
}

pub fn report(top: &str, o: &HarvestOptions, r: HarvestResult) -> HarvestReport {
    let per_txn = r.golden_cycles as f64 / r.transactions.max(1) as f64;
    HarvestReport {
        top: top.to_string(),
        options: o.clone(),
        forward_progress: if r.powered_cycles == 0 {
            0.0
        } else {
            r.golden_cycles as f64 / r.powered_cycles as f64
        },
        charges_per_transaction: if r.charge_cycles > 0.0 {
            per_txn / r.charge_cycles
        } else {
            f64::INFINITY
        },
        passed: r.finished && r.divergences == 0,
        result: r,
    }
}

pub fn to_text(h: &HarvestReport) -> String {
    let o = &h.options;
    let r = &h.result;
    let mut s = format!(
        "idet verify --harvest: `{}` on trace {} (C {} nF, on {} V, warning {} V, off {} V, {} MHz)\n",
        h.top, o.trace, o.cap_nf, o.v_on, o.v_warn, o.v_off, o.clock_mhz
    );
    s += &format!(
        "{} of {} transactions in {:.4} s of harvested power: {} boots, {} brown-outs, {} warnings, {} sleeps, {} checkpoints committed, {} restores; forward progress {:.3} (golden cycles / powered cycles); harvested {:.3} µJ, drawn {:.3} µJ\n",
        r.transactions_done,
        r.transactions,
        r.seconds,
        r.boots,
        r.failures,
        r.warnings,
        r.sleeps,
        r.commits,
        r.restores,
        h.forward_progress,
        r.harvested_j * 1e6,
        r.drawn_j * 1e6
    );
    s += &format!(
        "one charge runs {:.0} cycles; a transaction takes {:.0} cycles ({:.1} charges): {}\n",
        r.charge_cycles,
        r.golden_cycles as f64 / r.transactions.max(1) as f64,
        h.charges_per_transaction,
        if h.charges_per_transaction > 1.0 {
            "longer than one charge"
        } else {
            "it fits in one charge"
        }
    );
    s += &format!(
        "without idet, same trace: {} of {} transactions right ({} delivered) in {:.4} s ({} brown-outs, each restarting it from reset){}\n",
        r.baseline_transactions_done,
        r.transactions,
        r.baseline_delivered,
        r.baseline_seconds,
        r.baseline_failures,
        if r.baseline_finished { "" } else { ": not finished" }
    );
    if !r.first_divergence.is_empty() {
        s += &format!("DIVERGENCE: {}\n", r.first_divergence);
    }
    s += &format!(
        "divergences: {} — {}\n",
        r.divergences,
        if h.passed { "PASS" } else { "FAIL" }
    );
    s
}

/// The capacitor voltage over time from the harness's samples (`time,volts,event`), with boots
/// (blue), commits (green) and brown-outs (red) marked.
pub fn draw(csv: &Path, svg: &Path, h: &HarvestReport) -> Result<(), Diagnostic> {
    let text = std::fs::read_to_string(csv)
        .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", csv.display())))?;
    let pts: Vec<(f64, f64, u8)> = text
        .lines()
        .filter_map(|l| {
            let mut f = l.split(',');
            Some((
                f.next()?.parse().ok()?,
                f.next()?.parse().ok()?,
                f.next()?.parse().ok()?,
            ))
        })
        .collect();
    let t_end = pts.last().map_or(1.0, |p| p.0).max(1e-9);
    let v_top = h.options.v_on * 1.1;
    let err = |e: String| Diagnostic::plain(format!("cannot draw {}: {e}", svg.display()));
    let root = SVGBackend::new(svg, (1000, 400)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!(
                "{}: capacitor voltage on trace {} ({} of {} transactions, {} brown-outs)",
                h.top,
                h.options.trace,
                h.result.transactions_done,
                h.result.transactions,
                h.result.failures
            ),
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(45)
        .build_cartesian_2d(0.0..t_end, 0.0..v_top)
        .map_err(|e| err(e.to_string()))?;
    chart
        .configure_mesh()
        .x_desc("time (s)")
        .y_desc("V")
        .draw()
        .map_err(|e| err(e.to_string()))?;
    chart
        .draw_series(LineSeries::new(pts.iter().map(|p| (p.0, p.1)), &BLACK))
        .map_err(|e| err(e.to_string()))?;
    for (ev, colour) in [(1u8, BLUE), (2, GREEN), (3, RED)] {
        chart
            .draw_series(
                pts.iter()
                    .filter(|p| p.2 == ev)
                    .map(|p| Circle::new((p.0, p.1), 3, colour.filled())),
            )
            .map_err(|e| err(e.to_string()))?;
    }
    for v in [h.options.v_warn, h.options.v_off] {
        chart
            .draw_series(LineSeries::new(
                [(0.0, v), (t_end, v)],
                &RGBColor(150, 150, 150),
            ))
            .map_err(|e| err(e.to_string()))?;
    }
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_traces_start_at_zero_and_increase() {
        for n in ["rf", "solar"] {
            let v = builtin(n).unwrap();
            assert_eq!(v[0].0, 0.0);
            assert!(v.windows(2).all(|w| w[1].0 > w[0].0), "{n}");
        }
        assert!(builtin("moon").is_none());
    }

    #[test]
    fn a_trace_file_is_checked_line_by_line() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("t.csv");
        std::fs::write(&f, "time_s,power_w\n0,1e-4\n0.5,0\n1,0\n").unwrap();
        assert_eq!(trace_points(f.to_str().unwrap()).unwrap().len(), 3);
        std::fs::write(&f, "0,1e-4\n0.5,0\n0.4,0\n").unwrap();
        let e = trace_points(f.to_str().unwrap()).unwrap_err();
        assert!(e.to_string().contains(":3:"), "{e}");
    }
}
