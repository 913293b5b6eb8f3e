//! Named regressions for insert bugs found on real HLS output (one fixture each under
//! tests/insert-regressions/).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    common::repo().join("tests/insert-regressions").join(name)
}

fn insert(dir: &Path, top: &str, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_idet"))
        .args(["-q", "insert"])
        .arg(dir)
        .args(["--top", top, "-o"])
        .arg(out)
        .output()
        .expect("idet runs")
}

/// `idet insert` of a fixture, which must succeed: the temporary directory (kept alive by the
/// caller), the output directory and the augmented `design.v`.
fn inserted(dir: &Path, top: &str) -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join("out");
    let out = insert(dir, top, &out_dir);
    assert!(
        out.status.success(),
        "insert refused: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(out_dir.join("design.v")).expect("augmented file");
    (tmp, out_dir, text)
}

fn verilator_kinds(dir: &Path, top: &str) -> Vec<String> {
    let out = Command::new("verilator")
        .args([
            "--lint-only",
            "-Wall",
            "-Wno-fatal",
            "--no-timing",
            "--top-module",
            top,
        ])
        .arg(dir.join("design.v"))
        .output()
        .expect("verilator runs");
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        !text.contains("%Error"),
        "Verilator refuses {}:\n{text}",
        dir.display()
    );
    let mut kinds: Vec<String> = text
        .split("%Warning-")
        .skip(1)
        .filter_map(|w| w.split(':').next().map(str::to_string))
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// Vitis' AXI4-Lite slave writes `int_isr[0]` and `int_isr[1]` in two processes; insert refused
/// such registers ("written by several clocked processes"). Each writer now restores only its
/// own bit: the augmented design drives no bit from a process that did not drive it, so
/// Verilator reports no new warning kind (MULTIDRIVEN would be one).
#[test]
fn regression_register_written_bitwise_by_two_processes_is_restored_per_writer() {
    let dir = fixture("split_writers");
    let (_tmp, out_dir, text) = inserted(&dir, "split");
    let restores: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("int_isr[") && l.contains("<= idet_d["))
        .collect();
    assert_eq!(restores.len(), 2, "one restore per writer: {restores:#?}");
    assert!(
        restores[0].contains("int_isr[0:0] <= idet_d[0:0]"),
        "{}",
        restores[0]
    );
    assert!(
        restores[1].contains("int_isr[1:1] <= idet_d[1:1]"),
        "{}",
        restores[1]
    );
    let original = std::fs::read_to_string(dir.join("design.v")).expect("original");
    assert_eq!(
        idet::emit::splice::strip(&text),
        original,
        "strip gives the original back"
    );
    let new: Vec<String> = verilator_kinds(&out_dir, "split")
        .into_iter()
        .filter(|k| !verilator_kinds(&dir, "split").contains(k))
        .collect();
    assert!(new.is_empty(), "new Verilator warning kinds: {new:?}");
}

/// Catapult's simulation RAM models assign a flag register with `=` in a clocked process; the
/// state-access copy of such a child module restored it with `<=`, which Verilator refuses
/// (BLKANDNBLK: blocking and non-blocking assignments to the same variable). The copy now
/// restores each register with the kind of assignment its writer uses.
#[test]
fn regression_child_register_assigned_blocking_is_restored_blocking() {
    let dir = fixture("blocking_child");
    let (_tmp, out_dir, text) = inserted(&dir, "blk_top");
    let restore = |reg: &str| -> String {
        text.lines()
            .find(|l| l.contains("idet_ld &&") && l.contains(&format!(") {reg} ")))
            .unwrap_or_else(|| panic!("no restore of `{reg}` in the copy"))
            .to_string()
    };
    assert!(
        restore("seen_write").contains("seen_write = idet_d"),
        "{}",
        restore("seen_write")
    );
    assert!(restore("q").contains("q <= idet_d"), "{}", restore("q"));
    let lint = Command::new("verilator")
        .args(["--lint-only", "-Wall", "-Wno-fatal", "--no-timing"])
        .args(["--top-module", "blk_top"])
        .arg(out_dir.join("design.v"))
        .output()
        .expect("verilator runs");
    let errors = String::from_utf8_lossy(&lint.stderr);
    assert!(
        lint.status.success() && !errors.contains("%Error"),
        "Verilator refuses the augmented design:\n{errors}"
    );
}

/// Bambu's `ARRAY_1D_STD_BRAM_NN_SP` adds a second memory core in a generate block when its
/// parameters ask for it, so its instances hold state in different sub-instances; insert refused
/// them ("hold state in different sub-instances (parameters?)"). Each such variant now gets its
/// own copy (`_v2`), every instance is swapped for the copy of its variant, and Verilator reports
/// no new warning kind and no error. (`verify_regressions` proves it under power losses.)
#[test]
fn regression_instances_elaborated_differently_get_a_copy_each() {
    let dir = fixture("param_variants");
    let (_tmp, out_dir, text) = inserted(&dir, "sum_mem");
    for copy in ["sum_mem_idet_split_ram", "sum_mem_idet_split_ram_v2"] {
        assert_eq!(
            text.matches(&format!("module {copy}(")).count(),
            1,
            "one copy `{copy}`"
        );
        assert_eq!(
            text.matches(&format!("{copy} #(")).count(),
            1,
            "one instance of `{copy}`"
        );
    }
    let original = std::fs::read_to_string(dir.join("design.v")).expect("original");
    assert_eq!(
        idet::emit::splice::strip(&text),
        original,
        "strip gives the original back"
    );
    let new: Vec<String> = verilator_kinds(&out_dir, "sum_mem")
        .into_iter()
        .filter(|k| !verilator_kinds(&dir, "sum_mem").contains(k))
        .collect();
    assert!(new.is_empty(), "new Verilator warning kinds: {new:?}");
}
