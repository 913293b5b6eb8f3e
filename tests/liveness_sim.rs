//! Liveness is proven by simulation: for every case with a self-checking testbench, registers the
//! analysis calls dead are overwritten with random values at >= 1000 cycles; the testbench must
//! still pass. And the harness has teeth: treating one live register as dead makes it fail.

mod common;

use idet::emit::deadcheck::{emit, DeadcheckOptions};
use idet::passes::{self, Analysis};
use std::path::Path;
use std::process::Command;

struct SimResult {
    output: String,
    passed: bool,
    corrupted_cycles: u64,
}

fn run_case(dir: &Path, assume_dead: &[&str], seed: u32) -> SimResult {
    let case = common::load(&dir.join("idet-case.toml"));
    let sim = case.sim.as_ref().expect("case has a testbench");
    let design = common::read(dir, &case);
    // The elaborated top: registers inside instances are corrupted through hierarchical names.
    let module = design
        .elaborated(design.module(&case.top).expect("top exists"))
        .expect("elaborates");
    let mut a = Analysis::new(&design, module, common::fsm_options(&case.args));
    passes::run(&mut a, None).expect("analysis runs");
    let dead = assume_dead
        .iter()
        .map(|n| module.find(n).expect("signal exists"))
        .collect();
    let v = emit(
        &a,
        &DeadcheckOptions {
            dut: sim.dut.clone(),
            clock: sim.clock.clone(),
            seed,
            every: 2,
            assume_dead: dead,
            max_cycles: 200_000,
        },
    );
    let tmp = tempfile::tempdir().expect("tempdir");
    let dc = tmp.path().join("deadcheck.v");
    std::fs::write(&dc, v).expect("write");
    let exe = tmp.path().join("sim");
    let mut cmd = Command::new("iverilog");
    cmd.arg("-g2012").arg("-o").arg(&exe);
    cmd.arg("-s")
        .arg(&sim.tb_top)
        .arg("-s")
        .arg("idet_deadcheck");
    for i in &sim.include_dirs {
        cmd.arg("-I").arg(dir.join(i));
    }
    for f in &sim.files {
        cmd.arg(dir.join(f));
    }
    cmd.arg(&dc);
    let out = cmd
        .output()
        .expect("iverilog is installed (make test installs it)");
    assert!(
        out.status.success(),
        "{}: iverilog failed: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // A corrupted live register can make a testbench wait forever: bound the run.
    let out = Command::new("timeout")
        .arg("60")
        .arg("vvp")
        .arg("-n")
        .arg(&exe)
        .output()
        .expect("vvp runs");
    let output = String::from_utf8_lossy(&out.stdout).to_string();
    let corrupted_cycles = output
        .lines()
        .find_map(|l| l.split("corrupted_cycles=").nth(1))
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let passed = output.lines().any(|l| l.trim() == sim.pass) && !output.contains(&sim.fail);
    SimResult {
        output,
        passed,
        corrupted_cycles,
    }
}

/// The states of the first FSM of fixture `case` in which `signal` is live.
fn live_states(case: &str, signal: &str) -> Vec<String> {
    let dir = common::repo().join("tests/fixtures").join(case);
    let c = common::load(&dir.join("idet-case.toml"));
    let design = common::read(&dir, &c);
    let module = design
        .elaborated(design.module(&c.top).expect("top exists"))
        .expect("elaborates");
    let mut a = Analysis::new(&design, module, common::fsm_options(&c.args));
    passes::run(&mut a, None).expect("analysis runs");
    let id = module.find(signal).expect("signal exists");
    let (g, f) = (&a.graphs[0].graph, &a.fsms[0]);
    g.node_indices()
        .filter(|n| a.live[0][n.index()].contains(&id))
        .map(|n| f.state_name(&g[n]).unwrap_or_default())
        .collect()
}

#[test]
fn dead_registers_can_be_corrupted_without_changing_results() {
    let cases: Vec<_> = common::all_cases()
        .into_iter()
        .filter(|d| common::load(&d.join("idet-case.toml")).sim.is_some())
        .collect();
    assert!(
        cases.len() >= 14,
        "found only {} simulated cases",
        cases.len()
    );
    let mut failures = vec![];
    for dir in &cases {
        let r = run_case(dir, &[], 20261122);
        let name = common::case_name(dir);
        eprintln!(
            "{name}: passed={} corrupted_cycles={}",
            r.passed, r.corrupted_cycles
        );
        if !r.passed || r.corrupted_cycles < 1000 {
            let tail: Vec<&str> = r.output.lines().rev().take(5).collect();
            failures.push(format!(
                "{name}: passed={} corrupted_cycles={} last lines: {tail:?}",
                r.passed, r.corrupted_cycles
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "liveness violated:\n{}",
        failures.join("\n")
    );
}

/// Mutation check: `b1` (the loop operand) is live while gcd waits in its loop; corrupting it
/// anyway must break the testbench, or the harness proves nothing.
#[test]
fn regression_harness_catches_a_live_register_marked_dead() {
    let dir = common::repo().join("benchmarks-rtl/polyphony/gcd");
    let r = run_case(&dir, &["b2"], 7);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(!r.passed, "corrupting live register b2 went unnoticed");
}

/// Composite states (`compose`): the sub-function's loop counter `k_reg_50` is live only in the
/// composite states where the child runs. The check above passes with it dead everywhere else;
/// corrupting it in those states too must break the testbench, so the corruption really reaches
/// states named by (parent state, child state, start flag).
#[test]
fn regression_composite_state_child_register_is_checked_per_child_state() {
    let dir = common::repo().join("tests/fixtures/vitis_hier");
    let r = run_case(&dir, &["grp_hsum_mix_fu_88.k_reg_50"], 7);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        !r.passed,
        "corrupting the child's live loop counter went unnoticed"
    );
}

/// Pipelines (`compose` stage-valid flags): the last stage register `mul_ln10_reg_169` is live
/// only in states with an iteration in stage 1 or 2; corrupting it in those states too must
/// break the testbench, so the per-pattern liveness is really exercised.
#[test]
fn regression_pipeline_stage_register_is_checked_per_stage_pattern() {
    let dir = common::repo().join("tests/fixtures/vitis_pipe");
    let r = run_case(&dir, &["mul_ln10_reg_169"], 7);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        !r.passed,
        "corrupting the in-flight stage register went unnoticed"
    );
}

/// Strong liveness: the pipeline registers of a free-running DSP48 multiply-add (`ce` tied to
/// 1'b1, Vivado HLS `*_mac_muladd_*_DSP48_0`) are read in every cycle, but only to compute each
/// other; their value matters only on the way to the accumulator. Plain liveness called
/// `a_reg`, `b_reg` and `m_reg` live in every state (idle: 160 of 220 bits); now each is live in
/// the one state before its stage is taken (idle: 37 bits). The testbench passes with the dead
/// ones corrupted at every other cycle, while corrupting `p_reg` or `m_reg` everywhere, i.e.
/// also in the state where it carries the product, fails.
#[test]
fn regression_free_running_dsp_registers_are_dead_where_their_result_is() {
    let dir = common::repo().join("tests/fixtures/vhls_dsp_mac");
    let dsp =
        "dotp_mac_muladd_16s_16s_32ns_32_4_1_U1.dotp_mac_muladd_16s_16s_32ns_32_4_1_DSP48_0_U";
    let live_in = |reg: &str| live_states("vhls_dsp_mac", &format!("{dsp}.{reg}"));
    assert_eq!(live_in("a_reg"), ["ap_ST_fsm_state5"]);
    assert_eq!(live_in("m_reg"), ["ap_ST_fsm_state6"]);
    assert_eq!(live_in("p_reg"), ["ap_ST_fsm_state7"]);
    let r = run_case(&dir, &[], 11);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        r.passed,
        "corrupting dead registers changed results:\n{}",
        r.output
    );
    for reg in ["p_reg", "m_reg"] {
        let r = run_case(&dir, &[&format!("{dsp}.{reg}")], 11);
        assert!(
            !r.passed,
            "corrupting {reg} where it is live went unnoticed"
        );
    }
}

/// Arrays with constant word addresses are tracked word by word: the stages of a Vitis
/// signed-remainder core (`dividend_tmp[0:W]`, written by a generate loop with `ce` tied to
/// 1'b1) and its combinational arrays (`cal_tmp[i]`, one assign per word). Every stage is
/// overwritten in every cycle, so the whole core is dead while the design is idle (idle: 282
/// of 304 bits live before, 8 now: the returned value). The testbench passes with the dead
/// stages corrupted; corrupting the core's input register where it is live fails.
#[test]
fn regression_divider_array_stages_are_dead_when_idle() {
    let dir = common::repo().join("tests/fixtures/vitis_divider");
    let core = "srem_8ns_8ns_8_13_1_U1.modq_srem_8ns_8ns_8_13_1_divider_u";
    let live_in = |sig: &str| live_states("vitis_divider", &format!("{core}.{sig}"));
    let stages = live_in("modq_srem_8ns_8ns_8_13_1_divseq_u_0.remd_tmp");
    assert!(!stages.is_empty() && !stages.contains(&"ap_ST_fsm_state1".to_string()));
    assert_eq!(live_in("dividend0"), ["ap_ST_fsm_state3"]);
    let r = run_case(&dir, &[], 5);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        r.passed,
        "corrupting dead registers changed results:\n{}",
        r.output
    );
    let r = run_case(&dir, &[&format!("{core}.dividend0")], 5);
    assert!(
        !r.passed,
        "corrupting the core's live input register went unnoticed"
    );
}

/// A blocking temporary of a clocked block (`sample = ...; acc <= acc + sample;` in the
/// nonansi_ports scaler) is read only right after its own blocking write: the stored value is
/// never used, so it is dead in every state (def/use used to call it live everywhere, 9 bits
/// in every checkpoint). The testbench still passes with it corrupted at every other cycle,
/// while corrupting `acc`, which it feeds, fails.
#[test]
fn regression_blocking_temporary_is_dead_in_every_state() {
    let dir = common::repo().join("tests/fixtures/nonansi_ports");
    let case = common::load(&dir.join("idet-case.toml"));
    let design = common::read(&dir, &case);
    let module = design
        .elaborated(design.module(&case.top).expect("top exists"))
        .expect("elaborates");
    let mut a = Analysis::new(&design, module, common::fsm_options(&case.args));
    passes::run(&mut a, None).expect("analysis runs");
    let sample = module.find("sample").expect("signal exists");
    let acc = module.find("acc").expect("signal exists");
    assert!(a.live[0].iter().all(|l| !l.contains(&sample)));
    assert!(a.live[0].iter().any(|l| l.contains(&acc)));
    let r = run_case(&dir, &["sample"], 7);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        r.passed,
        "corrupting `sample` changed results:\n{}",
        r.output
    );
    let r = run_case(&dir, &["acc"], 7);
    assert!(!r.passed, "corrupting live register acc went unnoticed");
}

/// Composite states under one of several FSMs: `dual` has a control FSM and a mode FSM; the
/// child `u_mix`'s FSM is inlined under the control FSM, the only one the logic driving the
/// child's inputs reads (through its start flag `mix_go`). It used to stay separate, leaving
/// the child's registers live in every control state (C_IDLE: 172 of 178 bits, now 33). The
/// child's loop counter is live only while the child runs; corrupting it there too must break
/// the testbench, so the per-child-state liveness is really exercised.
#[test]
fn regression_child_fsm_inlined_under_the_fsm_that_starts_it() {
    let dir = common::repo().join("tests/fixtures/two_fsm_call");
    let case = common::load(&dir.join("idet-case.toml"));
    let design = common::read(&dir, &case);
    let module = design
        .elaborated(design.module(&case.top).expect("top exists"))
        .expect("elaborates");
    let mut a = Analysis::new(&design, module, common::fsm_options(&case.args));
    passes::run(&mut a, None).expect("analysis runs");
    let name = |f: &idet::passes::fsm_detect::Fsm| module.name_of(f.reg).to_string();
    assert_eq!(
        a.fsms.iter().map(name).collect::<Vec<_>>(),
        ["ctrl_state", "mode_state"]
    );
    let child = module.find("u_mix.state").expect("signal exists");
    assert!(a.fsms[0].regs().any(|r| r == child), "child not inlined");
    let k = module.find("u_mix.k").expect("signal exists");
    let live_k = a.live[0].iter().filter(|l| l.contains(&k)).count();
    assert!(live_k > 0 && live_k < a.live[0].len(), "{live_k} states");
    let r = run_case(&dir, &["u_mix.k"], 7);
    assert!(r.corrupted_cycles > 0, "harness did not run: {}", r.output);
    assert!(
        !r.passed,
        "corrupting the child's live loop counter went unnoticed"
    );
}
