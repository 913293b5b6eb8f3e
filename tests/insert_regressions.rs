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
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join("out");
    let out = insert(&dir, "split", &out_dir);
    assert!(
        out.status.success(),
        "insert refused: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(out_dir.join("design.v")).expect("augmented file");
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
