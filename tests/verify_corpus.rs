//! `idet verify` on every corpus design with an interface file (`idet-iface.toml`): the original
//! and the augmented design under Verilator, ≥ 200 random power losses each (IDET_VERIFY_LOSSES to
//! change), 0 divergences, ≥ 10 % of the losses during a save or a restore. `make regress` runs
//! the same with 10,000 losses (bench/regress.sh). IDET_VERIFY_CASE=NAME runs matching cases only.
//! Both JIT (losses after a warning) and periodic mode (losses without warning, `--sudden`); the
//! JIT runs also run the liveness check in the harness (`--deadcheck`).
//! The size case nngen/nn_mlp (not in `all_cases`: 10k lines, 52k saved bits, ~15,000 cycles per
//! restore) is verified by `make regress` (release build) only.

mod common;

/// With the liveness check in the same harness (`--deadcheck 3`): three runs of the original
/// with every register called dead overwritten at random where dead must give the golden
/// transactions.
#[test]
fn every_corpus_design_survives_random_power_losses() {
    survives(&["--deadcheck", "3"]);
}

/// Periodic mode (a commit on every entry to a checkpoint state, and before every output change
/// the host may see) under losses without warning.
#[test]
fn every_corpus_design_survives_sudden_power_losses_in_periodic_mode() {
    survives(&["--mode", "periodic", "--period", "0", "--sudden"]);
}

/// fir with its delay line declared non-volatile (kept by the harness across losses, never
/// saved): a commit forced between every read of it and a later write.
#[test]
fn non_volatile_memory_survives_sudden_power_losses() {
    survives_cases(
        &[
            "--mode", "periodic", "--period", "100", "--nv-mem", "array102", "--sudden",
        ],
        Some("polyphony/fir"),
    );
}

/// Hybrid mode (JIT saves on warnings plus periodic commits) under a mix of warned and sudden
/// losses, on one design (the controller paths are the periodic ones plus JIT's).
#[test]
fn hybrid_mode_survives_warned_and_sudden_losses() {
    survives_cases(
        &["--mode", "hybrid", "--period", "50", "--sudden"],
        Some("polyphony/gcd"),
    );
}

fn survives(extra: &[&str]) {
    survives_cases(extra, None)
}

/// `case`: only that case (and no minimum on the number of cases).
fn survives_cases(extra: &[&str], case: Option<&str>) {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let losses: u64 = std::env::var("IDET_VERIFY_LOSSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let only = std::env::var("IDET_VERIFY_CASE").ok();
    let mut cases: Vec<_> = common::all_cases()
        .into_iter()
        .filter(|c| c.join("idet-iface.toml").exists())
        .filter(|c| case.is_none_or(|k| common::case_name(c) == k))
        .collect();
    // The JIT and the periodic test run side by side over the same designs: in opposite orders,
    // each finds the other's compiled golden model and Verilator runtime in ccache (when
    // installed) instead of compiling the same objects at the same moment.
    if extra.contains(&"--mode") {
        cases.reverse();
    }
    assert!(
        cases.len() >= if case.is_some() { 1 } else { 9 },
        "cases with an interface file: {}",
        cases.len()
    );
    let mut table = String::from(
        "design                 losses  jit save restore repeat  save+rest%  diverg  overhead%\n",
    );
    let mut failed = vec![];
    for c in &cases {
        let name = common::case_name(c);
        if only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let losses_arg = losses.to_string();
        let mut args = vec!["--json", "--losses", losses_arg.as_str()];
        args.extend_from_slice(extra);
        let out = common::verify_command(c, &args)
            .output()
            .expect("idet runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Ok(r) = serde_json::from_str::<serde_json::Value>(&stdout) else {
            failed.push(format!(
                "{name}: no report (exit {:?}):\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        };
        let n = |k: &str| r[k].as_u64().unwrap_or(0);
        table += &format!(
            "{name:<22} {:>6} {:>4} {:>4} {:>7} {:>6} {:>11.1} {:>7} {:>10.2}\n",
            n("losses"),
            n("losses_jit"),
            n("losses_save"),
            n("losses_restore"),
            n("losses_repeat"),
            r["save_restore_pct"].as_f64().unwrap_or(0.0),
            n("divergences"),
            r["cycle_overhead_pct"].as_f64().unwrap_or(0.0)
        );
        if !out.status.success() || n("divergences") != 0 {
            failed.push(format!("{name}: {}", r["first_divergence"]));
        }
        if extra.contains(&"--deadcheck") {
            if n("deadcheck_divergences") != 0 {
                failed.push(format!(
                    "{name}: liveness check: {}",
                    r["deadcheck_first_divergence"]
                ));
            }
            if n("deadcheck_runs") < 3 || n("deadcheck_cycles") == 0 {
                failed.push(format!("{name}: the liveness check did not run"));
            }
        }
        if n("losses") < losses {
            failed.push(format!("{name}: only {} losses injected", n("losses")));
        }
        if r["save_restore_pct"].as_f64().unwrap_or(0.0) < 10.0 {
            failed.push(format!(
                "{name}: under 10 % of losses during save or restore"
            ));
        }
        if n("restores") == 0 || n("checkpoints").max(n("nvm_commits")) == 0 {
            failed.push(format!("{name}: no checkpoint was ever restored"));
        }
    }
    println!("{table}");
    assert!(failed.is_empty(), "{}\n{table}", failed.join("\n"));
}
