//! `idet verify --harvest`: a job far longer than one charge of the capacitor completes on
//! harvested power with idet, and not without it (the harness's own baseline run).

mod common;

/// `idet verify --harvest rf` on crc32's two long jobs (the make demo settings) plus `extra`:
/// its JSON report (the run must exit 0).
fn harvest_run(extra: &[&str]) -> serde_json::Value {
    let dir = common::repo().join("benchmarks-rtl/polyphony/crc32");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_idet"))
        .arg("verify")
        .arg(dir.join("out/crc32.v"))
        .args(["--top", "crc32", "--quiet", "--json", "--iface"])
        .arg(dir.join("idet-iface-harvest.toml"))
        .args(["--harvest", "rf", "--cap-nf", "0.5"])
        .args(["--v-on", "3.3", "--v-warn", "2.6", "--v-off", "1.8"])
        .args(extra)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_job_of_many_charges_completes_only_with_idet() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let svg = tmp.path().join("v.svg");
    let r = harvest_run(&["--harvest-svg", svg.to_str().expect("utf-8 path")]);
    assert_eq!(r["passed"], true, "{r}");
    assert_eq!(r["transactions_done"], 2, "{r}");
    // Far longer than a charge, and it took many of them.
    assert!(r["charges_per_transaction"].as_f64().unwrap() > 20.0, "{r}");
    assert!(r["failures"].as_u64().unwrap() >= 10, "{r}");
    assert!(r["restores"].as_u64().unwrap() >= 10, "{r}");
    // Without idet the same trace never gets a job right.
    assert_eq!(r["baseline_transactions_done"], 0, "{r}");
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("brown-outs"),
        "no plot"
    );
}

#[test]
fn the_adaptive_period_survives_losses_and_beats_its_fixed_period_on_harvested_power() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    // Random sudden losses, the comparator drawn at random per power-up.
    let dir = common::repo().join("benchmarks-rtl/polyphony/gcd");
    let args = [
        "--mode",
        "hybrid",
        "--period",
        "20",
        "--adaptive-period",
        "--sudden",
    ];
    let out = common::verify_command(&dir, &[&args[..], &["--losses", "500"]].concat())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("PASS"), "{text}");
    // On the rf trace the same base period finishes sooner when it adapts.
    let fixed = harvest_run(&["--mode", "periodic", "--period", "1600"]);
    let adaptive = harvest_run(&[
        "--mode",
        "periodic",
        "--period",
        "1600",
        "--adaptive-period",
    ]);
    assert_eq!(fixed["passed"], true);
    assert_eq!(adaptive["passed"], true);
    let (f, a) = (
        fixed["seconds"].as_f64().unwrap(),
        adaptive["seconds"].as_f64().unwrap(),
    );
    assert!(a < f, "adaptive {a} s, fixed {f} s");
}
