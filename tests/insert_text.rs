//! `idet insert` output as text, on every case insert accepts: removing the fenced regions gives
//! back the original file byte for byte; Verilator `-Wall` reports no warning kind the original
//! does not already have; Yosys synthesises it. Cases insert refuses must be refused by name.
//! Plus reviewed snapshots of the spliced output of two small designs.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Out {
    original: PathBuf,
    text: String,
}

/// Run `idet insert` on a case; Err(stderr) when refused.
fn insert(dir: &Path, extra: &[&str]) -> Result<Out, String> {
    let case = common::load(&dir.join("idet-case.toml"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out.v");
    let mut c = Command::new(env!("CARGO_BIN_EXE_idet"));
    c.arg("insert")
        .args(case.sources.iter().map(|s| dir.join(s)))
        .args(["--top", &case.top]);
    for i in &case.include_dirs {
        c.arg("-I").arg(dir.join(i));
    }
    c.args(&case.args).args(common::stream_args(dir));
    c.args(extra).arg("-o").arg(&out);
    let r = c.output().unwrap();
    if !r.status.success() {
        return Err(String::from_utf8_lossy(&r.stderr).into_owned());
    }
    let text = std::fs::read_to_string(&out).unwrap();
    // The spliced file is the one holding the top module.
    let original = case
        .sources
        .iter()
        .map(|s| dir.join(s))
        .chain(case.include_dirs.iter().flat_map(|i| {
            std::fs::read_dir(dir.join(i))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
        }))
        .find(|p| {
            std::fs::read_to_string(p).is_ok_and(|t| t.contains(&format!("module {}", case.top)))
        })
        .expect("file of the top module");
    Ok(Out { original, text })
}

/// Warning kinds of a Verilator lint of the case's sources copied into `into` (with `replaced`'s
/// file holding `text` instead, when given): a source that includes the top's file by a relative
/// path (Polyphony) lints the copy beside it.
fn lint_kinds(
    dir: &Path,
    case: &common::Case,
    into: &Path,
    replaced: Option<(&Path, &str)>,
) -> BTreeSet<String> {
    let mut files = vec![];
    let include_files = case.include_dirs.iter().flat_map(|i| {
        std::fs::read_dir(dir.join(i))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
    });
    for src in case
        .sources
        .iter()
        .map(|s| dir.join(s))
        .chain(include_files)
    {
        let Some(name) = src.file_name() else {
            continue;
        };
        let copy = into.join(name);
        if copy.exists() || !src.is_file() {
            continue;
        }
        match replaced {
            Some((orig, text)) if orig.file_name() == Some(name) => {
                std::fs::write(&copy, text).unwrap()
            }
            _ => {
                std::fs::copy(&src, &copy).unwrap();
            }
        }
        if case.sources.iter().any(|s| dir.join(s) == src) {
            files.push(copy);
        }
    }
    let out = Command::new("verilator")
        .args([
            "--lint-only",
            "-Wall",
            "--no-timing",
            "--top-module",
            &case.top,
        ])
        .arg(format!("-I{}", into.display()))
        .args(&files)
        .output()
        .expect("verilator");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("%Warning-"))
        .map(|l| l.split(':').next().unwrap_or("").to_string())
        .collect()
}

fn tools_present() -> bool {
    common::tool_present("verilator", "--version") && common::tool_present("yosys", "-V")
}

#[test]
fn every_case_is_spliced_reversibly_lint_clean_and_synthesisable_or_refused_by_name() {
    use rayon::prelude::*;
    let tools = tools_present();
    // Cases in parallel: each is a chain of single-threaded tools (idet, Verilator, Yosys).
    let accepted = common::all_cases()
        .par_iter()
        .filter(|dir| spliced_case_checks_out(dir, tools))
        .count();
    assert!(accepted >= 17, "insert accepted only {accepted} cases");
}

/// One case of the test above: true when insert accepted it (and its output checked out).
fn spliced_case_checks_out(dir: &Path, tools: bool) -> bool {
    let case = common::load(&dir.join("idet-case.toml"));
    let name = common::case_name(dir);
    match insert(dir, &[]) {
        Err(e) => {
            // A refusal names its reason; with a location when it concerns the design text.
            assert!(
                e.contains("error:")
                    && (e.contains("not supported")
                        || e.contains("no control FSM")
                        || e.contains("no recognised reset")),
                "{name}: unexpected failure:\n{e}"
            );
            assert!(
                !dir.join("idet-iface.toml").exists(),
                "{name}: has an interface file (idet-iface.toml) but insert refuses it:\n{e}"
            );
            false
        }
        Ok(out) => {
            let original = std::fs::read_to_string(&out.original).unwrap();
            assert_eq!(
                idet::emit::splice::strip(&out.text),
                original,
                "{name}: stripping the idet regions does not give back the original"
            );
            if !tools {
                return true;
            }
            // Lint every source, the augmented one under the original's file name, so
            // file-name rules compare like for like.
            let (tmp_before, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
            let same_name = tmp.path().join(out.original.file_name().unwrap());
            let before = lint_kinds(dir, &case, tmp_before.path(), None);
            let after = lint_kinds(dir, &case, tmp.path(), Some((&out.original, &out.text)));
            let new: Vec<&String> = after.difference(&before).collect();
            assert!(
                new.is_empty(),
                "{name}: new Verilator warning kinds {new:?}"
            );
            // Yosys runs in the case directory: a ROM's `$readmemh("./x.dat")` is relative to
            // where the tool runs, and the data files live beside the case's sources.
            let y = Command::new("yosys")
                .current_dir(dir)
                .arg("-q")
                .arg("-p")
                .arg(format!(
                    "read_verilog -sv {}; synth -top {}",
                    same_name.display(),
                    case.top
                ))
                .output()
                .unwrap();
            assert!(
                y.status.success(),
                "{name}: yosys synth failed:\n{}",
                String::from_utf8_lossy(&y.stderr)
            );
            true
        }
    }
}

#[test]
fn state_in_a_submodule_gets_a_state_access_port() {
    // vg_sum keeps its array in a `ram_a` instance: the instance statement is swapped for one of
    // the module's renamed copy with the access port; the original statement stays disabled.
    let dir = common::repo().join("benchmarks-rtl/veriloggen/vg_sum");
    let out = insert(&dir, &[]).expect("accepted");
    let swapped = out
        .text
        .find("vg_sum_idet_ram_a\n  inst_ram_a")
        .expect("swapped instance");
    let disabled = out
        .text
        .find("`ifdef IDET_ORIGINAL_INSTANCES")
        .expect("disabled original");
    assert!(swapped < disabled);
    assert!(out.text.contains(".idet_frz(idet_freeze)"));
    assert_eq!(out.text.matches("module vg_sum_idet_ram_a").count(), 1);
    assert!(
        out.text.contains("mem[idet_addr] <= idet_d;"),
        "restore load of the RAM words"
    );
}

#[test]
fn already_instrumented_input_is_refused() {
    let dir = common::repo().join("benchmarks-rtl/polyphony/gcd");
    let out = insert(&dir, &[]).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("gcd.v");
    std::fs::write(&f, &out.text).unwrap();
    let r = Command::new(env!("CARGO_BIN_EXE_idet"))
        .args(["insert", "--top", "gcd"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("already contains idet regions"));
}

/// The spliced text of two small designs (a synchronous and an asynchronous reset), reviewed.
/// The appended templates are left out: they are the files in hdl-templates/.
#[test]
fn spliced_output_snapshots() {
    for (case, extra) in [
        ("benchmarks-rtl/polyphony/gcd", vec![]),
        ("tests/fixtures/async_reset", vec!["--nvm-port", "spi-fram"]),
    ] {
        let out = insert(&common::repo().join(case), &extra).unwrap();
        let cut = out
            .text
            .find("\n// idet:begin templates")
            .expect("templates region");
        let name = case.replace('/', "__");
        insta::assert_snapshot!(format!("insert__{name}"), &out.text[..cut]);
    }
}
