//! The verification harness has teeth: deliberately broken inserts (mutations of idet's own
//! output, made here as text edits) must be caught by `idet verify --augmented` within the fast
//! suite's 200 losses. Each mutation is one named test.

mod common;

use std::path::PathBuf;
use std::process::Command;

/// `polyphony/crc32` is under benchmarks-rtl/, `fixtures/vitis_nest` under tests/.
fn case_dir(name: &str) -> PathBuf {
    match name.strip_prefix("fixtures/") {
        Some(f) => common::repo().join("tests/fixtures").join(f),
        None => common::repo().join("benchmarks-rtl").join(name),
    }
}

/// Insert into the case, apply `mutate` to the output, verify it: the verdict must be a divergence
/// (exit 1) whose description contains `expect`.
fn caught(case: &str, mutate: impl Fn(String) -> String, expect: &str) {
    caught_with(case, &[], mutate, expect)
}

/// `caught` with extra options for both insert and verify (e.g. `--mode periodic`), and `--sudden`
/// for verify when the mode is not JIT.
fn caught_with(case: &str, opts: &[&str], mutate: impl Fn(String) -> String, expect: &str) {
    caught_in(case, opts, 200, mutate, expect)
}

/// `caught_with` in `losses` losses (a mutation only some losses can reveal).
fn caught_in(
    case: &str,
    opts: &[&str],
    losses: u64,
    mutate: impl Fn(String) -> String,
    expect: &str,
) {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let dir = case_dir(case);
    let c = common::load(&dir.join("idet-case.toml"));
    let srcs: Vec<PathBuf> = c.sources.iter().map(|f| dir.join(f)).collect();
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.v");
    let st = Command::new(env!("CARGO_BIN_EXE_idet"))
        .arg("insert")
        .args(&srcs)
        .args(["--top", &c.top])
        .args(opts)
        .arg("-o")
        .arg(&good)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let text = std::fs::read_to_string(&good).unwrap();
    let bad_text = mutate(text.clone());
    assert_ne!(bad_text, text, "the mutation changed nothing");
    let bad = tmp.path().join("bad.v");
    std::fs::write(&bad, bad_text).unwrap();
    let bad = bad.to_str().expect("utf-8 path");
    let losses = losses.to_string();
    let mut args = vec!["--losses", losses.as_str(), "--augmented", bad];
    args.extend_from_slice(opts);
    if opts.contains(&"--mode") {
        args.push("--sudden");
    }
    let out = common::verify_command(&dir, &args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the broken insert was not caught:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(expect), "{stdout}");
}

/// Replace the first `from`, which must exist.
fn must_replace(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "no `{from}` in the insert output");
    text.replacen(from, to, 1)
}

/// Replace the first `from` (which must exist) after `anchor`.
fn replace_after(text: &str, anchor: &str, from: &str, to: &str) -> String {
    let a = text.find(anchor).unwrap_or_else(|| panic!("no `{anchor}`"));
    let i = a + text[a..]
        .find(from)
        .unwrap_or_else(|| panic!("no `{from}`"));
    format!("{}{to}{}", &text[..i], &text[i + from.len()..])
}

#[test]
fn teeth_live_register_left_out_of_the_checkpoint() {
    // The save multiplexer writes 0 instead of crc32's `c2` register (the running CRC): restores bring back garbage.
    caught(
        "polyphony/crc32",
        |t| {
            t.replace(
                "idet_save_word[31:0] = c2;",
                "idet_save_word[31:0] = 32'd0;",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_commit_record_written_before_the_payload() {
    // A naive commit: length and tag first, payload after, boot trusting the tag: a save torn in
    // its payload is restored half old, half new.
    caught(
        "polyphony/fir",
        |t| {
            let t = must_replace(
                &t,
                "S_INV: if (mem_ack) st <= slen == {LW{1'b0}} ? S_SLEN : S_SAVE;",
                "S_INV: if (mem_ack) st <= S_SLEN;",
            );
            let t = replace_after(
                &t,
                "S_COMMIT: if (mem_ack) begin",
                "st <= to_sleep ? S_SLEEP : S_RUN;",
                "begin widx <= {LW{1'b0}}; st <= slen == {LW{1'b0}} ? (to_sleep ? S_SLEEP : S_RUN) : S_SAVE; end",
            );
            replace_after(
                &t,
                "S_SAVE: if (mem_ack) begin",
                "if (widx_1 == slen) st <= S_SLEN;",
                "if (widx_1 == slen) st <= to_sleep ? S_SLEEP : S_RUN;",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_tag_valid_on_its_first_written_byte() {
    // With an 8-bit NVM a tag lands one byte at a time, least significant first; checking only
    // the low magic byte accepts a tag torn after its first byte (wrong sequence number and id).
    caught_with(
        "polyphony/gcd",
        &["--nvm-word-bits", "8"],
        |t| {
            must_replace(
                &t,
                "wire tag_ok = mem_rdata[7:0] == MAGIC[7:0] && mem_rdata[31:26] == MAGIC[13:8];",
                "wire tag_ok = mem_rdata[7:0] == MAGIC[7:0];",
            )
        },
        "the boot restored slot",
    );
}

#[test]
fn teeth_boot_ignores_sequence_numbers() {
    // Boot takes the last valid slot it scans instead of the newer one: once both slots hold a
    // checkpoint, slot 1 is restored even when slot 0 is newer.
    caught(
        "polyphony/gcd",
        |t| {
            must_replace(
                &t,
                "if (tag_ok && (!have_valid || mem_rdata[25:24] == seq_next)) begin",
                "if (tag_ok) begin",
            )
        },
        "the boot restored slot",
    );
}

#[test]
fn teeth_output_commit_switched_off() {
    // Without the output commit a torn save rolls the design back past a result the host has
    // already taken: it is delivered twice.
    caught(
        "polyphony/gcd",
        |t| {
            must_replace(
                &t,
                "S_RUN: if (!SUDDEN && have_valid && ev_changed) begin",
                "S_RUN: if (1'b0 && ev_changed) begin",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_valid_checkpoint_never_restored() {
    // Boot finds the checkpoint but starts the design from reset: the host still sees the right
    // results (re-execution), so only the restore check can tell.
    caught(
        "polyphony/gcd",
        |t| {
            must_replace(
                &t,
                "st <= mem_rdata[LW-1:0] == {LW{1'b0}} ? S_RFIN : S_REST;",
                "st <= S_RUN;",
            )
        },
        "was not restored",
    );
}

#[test]
fn teeth_sudden_output_revealed_before_commit() {
    // Periodic mode without commit-before-reveal: a changed output reaches the host before the
    // state that produced it is in NVM; a sudden loss then re-executes into a duplicate result.
    caught_with(
        "polyphony/gcd",
        &["--mode", "periodic"],
        |t| must_replace(&t, "wire ev_pend = SUDDEN && ", "wire ev_pend = 1'b0 && "),
        "DIVERGENCE",
    );
}

#[test]
fn teeth_non_volatile_memory_commits_not_forced() {
    // fir's delay line declared non-volatile: the plan's states must commit on every entry so
    // that no read of the array is re-executed after a later write of it. With the forced
    // commits switched off (period 100), a sudden loss re-runs the shift loop over an array it
    // has already shifted.
    caught_with(
        "polyphony/fir",
        &[
            "--mode", "periodic", "--period", "100", "--nv-mem", "array102",
        ],
        |t| {
            // Every checkpoint arm of the hit decode that forces its commit stops forcing it.
            let forced = "idet_hit_force = 1'b1;";
            assert!(t.contains(forced), "no forced commit in the insert output");
            t.replace(forced, "idet_hit_force = 1'b0;")
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_nested_sub_function_state_hidden_from_the_decode() {
    // vitis_nest: the FSM of `rot` sits two instance levels down and reaches the top's
    // checkpoint decode through `mix`'s `st` output. Exporting a constant idle state instead
    // makes the decode take a state where `rot` runs for the one where it is about to start,
    // whose checkpoint does not save `rot`'s registers.
    caught(
        "fixtures/vitis_nest",
        |t| {
            must_replace(
                &t,
                "assign idet_st = {idet_st_1, grp_nsum_rot_fu_44_ap_start_reg, ap_CS_fsm};",
                "assign idet_st = {3'd1, grp_nsum_rot_fu_44_ap_start_reg, ap_CS_fsm};",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_host_read_replay_switched_off() {
    // The wrapper never replays the captured `x_q0`: after a freeze or a restore in a state
    // entered with a host read in flight (vitis_hier's `ap_ST_fsm_state3`), the copy loop
    // stores whatever the host's data register holds then, not the answer it requested. Its
    // RAM crosses jobs, so JIT commits before each output change (MODE 3); fewer freezes land
    // in that state than with the erase rule: 1,000 losses (3 divergences at seed 1).
    caught_in(
        "fixtures/vitis_hier",
        &[],
        1000,
        |t| {
            must_replace(
                &t,
                "assign idet_replay = idet_frz_d & ~idet_freeze;",
                "assign idet_replay = 1'b0;",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_strided_memory_decode_takes_the_wrong_part() {
    // vitis_wide_ram: the 72-bit RAM's elements take three NVM words each, decoded by one
    // range (element = offset / 3, part = offset % 3). Taking the part modulo 2 restores the
    // third word of every element into its first part and never restores its top 8 bits.
    caught(
        "fixtures/vitis_wide_ram",
        |t| {
            must_replace(
                &t,
                "idet_inst_buf_U_offm = idet_inst_buf_U_off % 16'd3;",
                "idet_inst_buf_U_offm = idet_inst_buf_U_off % 16'd2;",
            )
        },
        "DIVERGENCE",
    );
}

#[test]
fn teeth_ap_fifo_input_position_not_restored() {
    // vhls_ap_fifo: the ap_fifo input `x_V` is a stream; its sequence counter tells the host
    // which item to offer after a rollback. Left at 0 after a restore, the host offers the
    // job's first items again and the design computes with them.
    caught(
        "fixtures/vhls_ap_fifo",
        |t| {
            must_replace(
                &t,
                "if (idet_ld_valid & (idet_ld_idx == 16'd0)) idet_seq_q_x_V <= idet_ld_word;",
                "if (1'b0) idet_seq_q_x_V <= idet_ld_word;",
            )
        },
        "DIVERGENCE",
    );
}

/// The liveness check inside `idet verify` (`--deadcheck`) has teeth: the DSP48 product register
/// of vhls_dsp_mac is live in the state where it carries the product; treated as dead everywhere
/// (overwritten at random in every state) the host must see a wrong result or a hang. The same
/// check without the mutation passes (so what is caught is the mutation).
#[test]
fn teeth_liveness_check_catches_a_live_register_called_dead() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let dir = case_dir("fixtures/vhls_dsp_mac");
    let p_reg = "dotp_mac_muladd_16s_16s_32ns_32_4_1_U1.dotp_mac_muladd_16s_16s_32ns_32_4_1_DSP48_0_U.p_reg";
    let run = |extra: &[&str]| {
        let mut args = vec!["--json", "--losses", "0", "--deadcheck", "5"];
        args.extend_from_slice(extra);
        let out = common::verify_command(&dir, &args).output().unwrap();
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
            panic!(
                "no report (exit {:?}):\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (out.status.code(), r)
    };
    let (code, r) = run(&[]);
    assert_eq!(code, Some(0), "{r}");
    assert!(r["deadcheck_cycles"].as_u64().unwrap_or(0) > 0, "{r}");
    assert!(r["deadcheck_writes"].as_u64().unwrap_or(0) > 0, "{r}");
    let (code, r) = run(&["--deadcheck-assume-dead", p_reg]);
    assert_eq!(
        code,
        Some(1),
        "corrupting the live p_reg went unnoticed: {r}"
    );
    assert!(r["deadcheck_divergences"].as_u64().unwrap_or(0) > 0, "{r}");
    assert!(
        r["deadcheck_first_divergence"]
            .as_str()
            .unwrap_or("")
            .starts_with("liveness run"),
        "{r}"
    );
}

#[test]
fn teeth_state_crossing_jobs_left_to_the_erase_rule() {
    // two_fsm_cross_job keeps a mode from job to job: insert gives its JIT controller MODE 3
    // (commit before each output change). Forced back to the erase rule (MODE 0), a save torn
    // after an output change cold-boots it into the reset mode (5 divergences in 2,000
    // losses, seed 1).
    caught_in(
        "fixtures/two_fsm_cross_job",
        &[],
        2000,
        |t| must_replace(&t, ".MODE(3)", ".MODE(0)"),
        "DIVERGENCE",
    );
}
