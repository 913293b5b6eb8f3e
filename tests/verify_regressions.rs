//! One named test per `idet verify` run that ever failed (design, seed, losses): each must pass now.

mod common;

fn passes(case: &str, seed: u64, losses: u64, extra: &[&str]) {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let dir = common::repo().join(case);
    let (seed, losses) = (seed.to_string(), losses.to_string());
    let mut args = vec!["--seed", seed.as_str(), "--losses", losses.as_str()];
    args.extend_from_slice(extra);
    let out = common::verify_command(&dir, &args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("PASS"),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// sbox_rom, seed 1, run 6: the harness cut power while the output commit was erasing the slots
/// (two NVM writes right after `sbox_rom_valid` rose, no warning): the older checkpoint survived
/// and the result was delivered twice. Such a cut is a sudden loss, outside the JIT contract
/// (issue 7); torn-save losses now cut inside the save proper.
#[test]
fn regression_sbox_rom_seed1_cut_during_output_commit() {
    passes("benchmarks-rtl/polyphony/sbox_rom", 1, 200, &[]);
}

/// fib_exit, seed 1, 10,000 losses, run 604: an output commit erased the slots' magic words only;
/// a later save into slot 0, torn right after it rewrote the magic word (payload words equal to
/// the old ones), brought the erased checkpoint back — with `fib_exit_valid` = 1 — and the host
/// took a stale result. Erasing now zeroes the CRC words, which a save writes last.
#[test]
fn regression_fib_exit_seed1_erased_checkpoint_resurrected() {
    passes("benchmarks-rtl/polyphony/fib_exit", 1, 10_000, &[]);
}

/// gcd, seed 1, 300 losses, `--nvm-word-bits 8`, run 2: the harness counted the 2nd-4th bytes of an
/// output commit's CRC erase as save writes, so a "torn save" cut landed inside the output commit
/// (outside the JIT contract). Erase writes are now recognised by NVM word, whatever the width.
#[test]
fn regression_gcd_seed1_byte_wide_nvm_erase_counted_as_save() {
    passes(
        "benchmarks-rtl/polyphony/gcd",
        1,
        300,
        &["--nvm-word-bits", "8"],
    );
}

/// legup_threefuncs_fourmems and other_smarthls_sobel (bench/real dev set): LegUp writes each
/// register's reset as the last statement of its process, so no reset was recognised ("`top` has
/// no recognised reset input"); SmartHLS feeds the instance's clock through `always @(*) x = clk;`,
/// which insert took for a second clock. Both are recognised now, and the augmented design must
/// survive power losses.
#[test]
fn regression_legup3_reset_last_statement_and_clock_copied_by_comb_process() {
    passes("tests/fixtures/legup3_reset_last", 1, 300, &[]);
}

/// legup_dot (found by `make bench`): the 64-bit `memory_controller_out_*` inputs have the full
/// range, whose span max - min + 1 wraps to 0; the harness drew `rng() % 0` and died of SIGFPE
/// before the golden run ("harness stopped without a result (exit None)"). A zero span now means
/// "any 64-bit value".
#[test]
fn regression_legup_dot_full_64bit_input_range() {
    passes("tests/fixtures/legup_dot", 1, 50, &[]);
}

/// vitis_hier, seed 1, 300 losses, run 7: restored in `ap_ST_fsm_state3`, the state that stores
/// the `x_q0` answer to the read requested in state 2, the copy loop stored whatever the host's
/// ap_memory data register held after power returned (the value of a later read): `ap_return`
/// 0x3553f205 instead of 0xf553f205. Such states were first excluded from checkpoints; now the
/// answer is captured in the first frozen cycle, saved with every checkpoint and replayed after
/// each freeze (`emit::capture`), and the plan checkpoints `ap_ST_fsm_state3` again.
#[test]
fn regression_vitis_hier_seed1_host_read_in_flight() {
    passes("tests/fixtures/vitis_hier", 1, 300, &[]);
}

/// two_fsm_cross_job (was two_fsm_call/cross_job), seed 1, 2,000 losses (JIT): the mode FSM advances once per job and is
/// never restarted, so it carries state from one job to the next. After an output commit erased
/// the checkpoints, a torn save cold-booted the design and the re-issued job ran in the reset
/// mode (5 divergences). Insert now finds `mode_state` read before written from the job-start
/// states (`insert::jobs`) and makes the JIT controller commit before each output change
/// (MODE 3); hybrid mode keeps working too.
#[test]
fn regression_two_fsm_cross_job_state_committed_in_jit() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let dir = common::repo().join("tests/fixtures/two_fsm_cross_job");
    for mode in [
        &["--mode", "jit"][..],
        &["--mode", "hybrid", "--period", "100000"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_idet"))
            .arg("verify")
            .arg(dir.join("dual.v"))
            .arg(dir.join("../two_fsm_call/dual_mix.v"))
            .args(["--top", "dual", "--quiet", "--iface"])
            .arg(dir.join("idet-iface.toml"))
            .args(["--seed", "1", "--losses", "2000"])
            .args(mode)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains("PASS"),
            "{mode:?}: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// bambu_cc4cs_astar_main (bench/real dev set): two instances of a Bambu memory wrapper whose
/// parameters elaborate it to different memory cores were refused; they get a copy each now,
/// and the augmented design must survive power losses.
#[test]
fn regression_bambu_memory_wrapper_variants_restored_per_copy() {
    passes("tests/insert-regressions/param_variants", 1, 300, &[]);
}

/// vhls_zynqbook_matrix_mult (bench/real dev set), JIT, seed 1, 300 losses, run 3: pipelined, it
/// raises `ap_ready` long before `ap_done`; the host dropped `ap_start`, a save torn after an
/// output commit cold-booted the design, which waited for a start the host never gave again ("the
/// augmented run stopped making progress"). The host now re-issues the job when `ap_idle` rises
/// before `ap_done` (README, re-issue contract); the fixture imitates the early `ap_ready` and,
/// with that re-issue disabled (`idle = "ap_done"` in an interface file), hangs at this seed.
#[test]
fn regression_early_ap_ready_job_reissued_after_cold_boot() {
    passes("tests/fixtures/vhls_early_ready", 1, 2000, &[]);
}

/// vitis_bldc_ipark (dev set), 200 JIT losses: 5 divergences, one of them in the run without
/// losses. Its sine and cosine ROMs hold 1,023 words and a clamped angle reads them at 1,023,
/// one past the end; Verilator's `--x-assign unique` gave that undefined word a different
/// random value in the golden and the augmented model. Explicit X is now 0 in both
/// (`--x-assign 0`; power-on contents stay random). The fixture reads a 7-word ROM at 7:
/// 5 divergences in 300 losses with `unique`, none now.
#[test]
fn regression_vitis_rom_read_past_its_end_is_one_value_in_both_models() {
    passes("tests/fixtures/vitis_rom_past_end", 1, 300, &[]);
}

/// A copy of a fixture in a temporary directory, to be modified by a test.
fn fixture_copy(name: &str) -> tempfile::TempDir {
    let from = common::repo().join("tests/fixtures").join(name);
    let tmp = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(&from).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, tmp.path().join(f.file_name().unwrap())).unwrap();
    }
    tmp
}

/// Vitis-style ROM whose `$readmemh` names an absolute path of another machine (Bambu writes
/// its user's `/mnt/c/Users/...` paths): the file was not found, Verilator left the memory at its
/// random power-on contents, different in the golden and every restarted model, and verify
/// reported divergences of the design's own undefinedness (Bambu taffo_test3: 5 in 43 losses).
/// Now it is refused by name, pointing at the file of that name beside the sources.
#[test]
fn regression_missing_absolute_data_file_is_refused_not_randomised() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let tmp = fixture_copy("vitis_rom_past_end");
    let rom = tmp.path().join("lut_read_lut_ROM_AUTO_1R.v");
    let text = std::fs::read_to_string(&rom).unwrap();
    let moved = text.replace(
        "\"./lut_read_lut_ROM_AUTO_1R.dat\"",
        "\"/nonexistent/elsewhere/lut_read_lut_ROM_AUTO_1R.dat\"",
    );
    assert_ne!(moved, text, "the fixture's $readmemh path changed");
    std::fs::write(&rom, moved).unwrap();
    let out = common::verify_command(tmp.path(), &["--losses", "10"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("lut_read_lut_ROM_AUTO_1R.v:")
            && stderr.contains("absolute path `/nonexistent/elsewhere/")
            && stderr.contains("a file of that name is at"),
        "{stderr}"
    );
}

/// Bambu writes a memory's init file with more words than the memory holds (remove_min: 4 lines
/// for a 2-word array); Verilator 5.006 aborts the simulation on the first word past the end
/// ("$readmem file address beyond bounds of array") and the harness stopped without a result.
/// IEEE 1800-2017 21.4 loads nothing past the end: the harness now runs beside copies cut to the
/// memory's depth (the design's own files untouched).
#[test]
fn regression_data_file_longer_than_its_memory_runs() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let tmp = fixture_copy("vitis_rom_past_end");
    let dat = tmp.path().join("lut_read_lut_ROM_AUTO_1R.dat");
    let text = std::fs::read_to_string(&dat).unwrap();
    let longer = format!("{text}ff\nee\n");
    std::fs::write(&dat, &longer).unwrap();
    let out = common::verify_command(tmp.path(), &["--losses", "50"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("PASS"),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&dat).unwrap(),
        longer,
        "the design's file changed"
    );
}
