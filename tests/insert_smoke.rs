//! Power-loss smoke test of `idet insert` on every corpus design with a `[smoke]` interface in its
//! manifest: sim/smoke.cpp runs the original (golden) and the augmented design under Verilator,
//! loses power after a checkpoint and in the middle of a save, and compares the final outputs.
//! Designs insert refuses (state inside submodules) have no `[smoke]` section.

mod common;

use std::fmt::Write;
use std::path::Path;
use std::process::Command;

fn verilate(obj: &Path, prefix: &str, top: &str, files: &[&Path], extra: &[String]) -> Command {
    let mut c = Command::new("verilator");
    c.args(["--cc", "--prefix", prefix, "--top-module", top])
        .args([
            "--x-assign",
            "unique",
            "--x-initial",
            "unique",
            "--no-timing",
        ])
        .args(["-Wno-fatal", "-Wno-lint", "-Wno-style", "-Mdir"])
        .arg(obj)
        .args(files)
        .args(extra);
    c
}

fn run(mut c: Command, what: &str) {
    let out = c.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn smoke(case_dir: &Path) {
    let case = common::load(&case_dir.join("idet-case.toml"));
    let s = case.smoke.as_ref().expect("smoke section");
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let sources: Vec<std::path::PathBuf> = case.sources.iter().map(|f| case_dir.join(f)).collect();
    let aug = d.join("aug.v");
    let report = d.join("insert.json");
    let mut ins = Command::new(env!("CARGO_BIN_EXE_idet"));
    ins.arg("insert").args(&sources).args(["--top", &case.top]);
    for i in &case.include_dirs {
        ins.arg("-I").arg(case_dir.join(i));
    }
    ins.args(&case.args)
        .arg("-o")
        .arg(&aug)
        .arg("--report")
        .arg(&report);
    run(ins, "idet insert");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let slot_words = r["slot_words"].as_u64().expect("slot_words");

    let mut h = String::new();
    let _ = writeln!(h, "#pragma once\n#include <vector>\n#include <cstdint>");
    let _ = writeln!(h, "#define IF_CLK {}\n#define IF_RST {}", s.clock, s.reset);
    let _ = writeln!(h, "#define IF_RST_ON {}", s.reset_active);
    let _ = writeln!(
        h,
        "#define IF_START {}\n#define IF_DONE {}",
        s.start, s.done
    );
    let _ = writeln!(
        h,
        "#define SLOT_WORDS {slot_words}\n#define MAX_CYCLES {}",
        s.max_cycles
    );
    let _ = writeln!(h, "template <class M> void set_inputs(M* m) {{");
    for (k, v) in &s.inputs {
        let _ = writeln!(h, "  m->{k} = {v}ull;");
    }
    let _ = writeln!(
        h,
        "}}\ntemplate <class M> std::vector<uint64_t> outputs(M* m) {{"
    );
    let outs: Vec<String> = s
        .outputs
        .iter()
        .map(|o| format!("(uint64_t)m->{o}"))
        .collect();
    let _ = writeln!(h, "  return {{{}}};\n}}", outs.join(", "));
    std::fs::write(d.join("iface.h"), h).unwrap();

    let repo = common::repo();
    let gold_obj = d.join("gold");
    let inc: Vec<String> = case
        .include_dirs
        .iter()
        .map(|i| format!("-I{}", case_dir.join(i).display()))
        .collect();
    let src_refs: Vec<&Path> = sources.iter().map(|p| p.as_path()).collect();
    run(
        verilate(&gold_obj, "Vgold", &case.top, &src_refs, &inc),
        "verilate golden",
    );
    let mut gold_cpp: Vec<std::path::PathBuf> = std::fs::read_dir(&gold_obj)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
        .collect();
    gold_cpp.sort();
    let aug_obj = d.join("aug");
    let mut extra: Vec<String> = vec![
        "--exe".into(),
        "--build".into(),
        "-j".into(),
        "2".into(),
        "-o".into(),
        "smoke".into(),
        "-CFLAGS".into(),
        format!(
            "-I{} -I{} -I{}",
            d.display(),
            gold_obj.display(),
            repo.join("sim").display()
        ),
    ];
    extra.push(repo.join("sim/smoke.cpp").display().to_string());
    extra.extend(gold_cpp.iter().map(|p| p.display().to_string()));
    run(
        verilate(&aug_obj, "Vaug", &case.top, &[aug.as_path()], &extra),
        "verilate + build augmented",
    );
    let out = Command::new(aug_obj.join("smoke"))
        .output()
        .expect("smoke runs");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{}:\n{text}", common::case_name(case_dir));
    assert!(
        out.status.success() && text.contains("PASS"),
        "{}:\n{text}{}",
        common::case_name(case_dir),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn power_loss_smoke_on_every_insertable_corpus_design() {
    if Command::new("verilator").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "verilator missing on CI");
        return;
    }
    let cases: Vec<_> = common::all_cases()
        .into_iter()
        .filter(|c| common::load(&c.join("idet-case.toml")).smoke.is_some())
        .collect();
    assert!(cases.len() >= 9, "smoke cases: {}", cases.len());
    // `make demo` runs one case only.
    let only = std::env::var("IDET_SMOKE_CASE").ok();
    let cases: Vec<_> = cases
        .into_iter()
        .filter(|c| {
            only.as_ref()
                .is_none_or(|o| common::case_name(c).contains(o.as_str()))
        })
        .collect();
    for c in &cases {
        smoke(c);
    }
}
