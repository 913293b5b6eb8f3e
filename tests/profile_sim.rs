//! A state-visit profile written by a simulation run drives `min-recompute`: the monitor from
//! `emit::profile` runs beside gcd's testbench; its JSON parses, names only real states, counts
//! plausible cycles and entries, and the ILP plans with it.

mod common;

use idet::emit::profile::{emit, extract, ProfileOptions};
use idet::passes::{self, Analysis};
use idet::plan::cost::{Energy, Objective};
use idet::plan::energy::EnergyModel;
use idet::plan::model::{PlanGraph, Profile};
use idet::plan::{ilp, reach};
use std::process::Command;

#[test]
fn simulation_profile_feeds_min_recompute() {
    let dir = common::repo().join("benchmarks-rtl/polyphony/gcd");
    let case = common::load(&dir.join("idet-case.toml"));
    let sim = case.sim.as_ref().expect("testbench");
    let design = common::read(&dir, &case);
    let module = design.module(&case.top).expect("top");
    let mut a = Analysis::new(&design, module, Default::default());
    passes::run(&mut a, None).expect("analysis");
    let v = emit(
        &a,
        &ProfileOptions {
            dut: sim.dut.clone(),
            clock: sim.clock.clone(),
            fsm: 0,
        },
    );
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(tmp.path().join("profile.v"), v).expect("write");
    let exe = tmp.path().join("sim");
    let mut cmd = Command::new("iverilog");
    cmd.args(["-g2012", "-s", &sim.tb_top, "-s", "idet_profile", "-o"])
        .arg(&exe);
    for i in &sim.include_dirs {
        cmd.arg("-I").arg(dir.join(i));
    }
    for f in &sim.files {
        cmd.arg(dir.join(f));
    }
    cmd.arg(tmp.path().join("profile.v"));
    let out = cmd.output().expect("iverilog");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new("vvp")
        .arg("-n")
        .arg(&exe)
        .output()
        .expect("vvp");
    let log = String::from_utf8_lossy(&run.stdout);
    assert!(
        log.contains(&sim.pass),
        "testbench failed with the monitor attached"
    );
    let json = extract(&log).expect("profile printed");
    let profile: Profile = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let cycles: u64 = profile.states.values().map(|v| v.cycles).sum();
    assert!(cycles > 1000, "only {cycles} cycles profiled");
    assert!(profile.states.values().all(|v| v.entries <= v.cycles));
    assert!(
        profile.states.values().any(|v| v.entries > 1),
        "no state was re-entered"
    );

    let r = match idet::analyze::analyze_design(&design, Some(&case.top), Default::default(), None)
    {
        Ok(idet::analyze::Outcome::Report(r)) => r,
        _ => panic!("analyze"),
    };
    let mut g = PlanGraph::from_report(&r, 0, Some(100));
    assert!(
        g.apply_profile(&profile).is_empty(),
        "profile names unknown states"
    );
    let e = Energy {
        cycle_pj: 13.0,
        model: EnergyModel::preset("fram").unwrap(),
        failure_rate: 1e-3,
    };
    let res = ilp::solve(&g, Objective::MinRecompute, 200, &e, None).expect("plans");
    assert!(res.optimal && reach::feasible(&g, &res.chosen, 200));
}
