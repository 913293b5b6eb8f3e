//! `idet report` over every case: the pictures and tables agree with `idet plan --json` and
//! `idet analyze --json` of the same design (checkpoints highlighted = the plan's checkpoints,
//! one node and one bar per state, the QoR row = the plan's figures), and Graphviz accepts the
//! graphs it writes.

mod common;

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn idet_json(cmd: &str, args: &[String]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_idet"))
        .arg(cmd)
        .args(args)
        .arg("--json")
        .output()
        .expect("idet runs");
    assert!(
        out.status.success(),
        "idet {cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn report_agrees_with_analyze_and_plan_on_every_case() {
    use rayon::prelude::*;
    let render = common::tool_present("dot", "-V");
    // Cases in parallel: each is a chain of single-threaded runs (idet, Graphviz).
    let checked = common::all_cases()
        .par_iter()
        .filter(|dir| report_of_case_agrees(dir, render))
        .count();
    assert!(checked >= 20, "only {checked} cases reported");
}

/// One case of the test above: true when it has an FSM (and was checked).
fn report_of_case_agrees(dir: &Path, render: bool) -> bool {
    let name = common::case_name(dir);
    let args = common::design_args(dir);
    let analysis = idet_json("analyze", &args);
    let fsms = analysis["fsms"].as_array().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_idet"))
        .arg("report")
        .args(&args)
        .arg("-q")
        .arg("-o")
        .arg(tmp.path())
        .args(if render { vec![] } else { vec!["--no-render"] })
        .output()
        .expect("idet runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if fsms.is_empty() {
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains("no control FSM"), "{name}: {stderr}");
        return false;
    }
    assert!(out.status.success(), "{name}: {stderr}");
    let plan = idet_json("plan", &args);
    let qor = read(&tmp.path().join("qor.md"));
    let html = read(&tmp.path().join("index.html"));
    for f in fsms {
        let reg = f["state_reg"].as_str().unwrap();
        let stem: String = reg
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let unplanned = plan["unplanned"].as_array().is_some_and(|u| {
            u.iter()
                .any(|x| x.as_str().is_some_and(|t| t.contains(&format!("`{reg}`"))))
        });
        let Some(fp) = plan["fsms"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["state_reg"] == reg)
        else {
            // An FSM the plan leaves out says why (infeasible where others are not).
            assert!(
                unplanned,
                "{name}: {reg} neither planned nor listed as unplanned"
            );
            continue;
        };
        let states = f["states"].as_array().unwrap();
        let dot = read(&tmp.path().join(format!("{stem}.dot")));
        let nodes = dot.lines().filter(|l| l.contains("live bits\"")).count();
        assert_eq!(nodes, states.len(), "{name}/{reg}: nodes\n{dot}");
        let highlighted: Vec<&str> = dot
            .lines()
            .filter(|l| l.contains("peripheries=2"))
            .collect();
        let cps = fp["checkpoints"].as_array().unwrap();
        assert_eq!(highlighted.len(), cps.len(), "{name}/{reg}\n{dot}");
        for c in cps {
            let state = c["state"].as_str().unwrap();
            assert!(
                highlighted
                    .iter()
                    .any(|l| l.contains(&format!("\\n{state}\\n"))),
                "{name}/{reg}: checkpoint {state} not highlighted\n{dot}"
            );
        }
        let chart = read(&tmp.path().join(format!("{stem}-live-bits.svg")));
        // plotters writes each text on its own line inside <text>…</text>.
        let texts: Vec<&str> = chart.lines().map(str::trim).collect();
        for s in states {
            let label = s["name"].as_str().unwrap();
            // SVG text is XML-escaped (unnamed states are codes such as `3'd0`).
            let escaped = label
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('\'', "&apos;")
                .replace('"', "&quot;");
            assert!(
                texts.contains(&escaped.as_str()),
                "{name}/{reg}: no bar label {label}"
            );
        }
        let row = format!(
            "| {reg} | {} | {} | {} | {} | {} | {} | {} |",
            states.len(),
            f["transitions"].as_array().unwrap().len(),
            analysis["total_state_bits"],
            fp["baselines"]["full_backup_bits"],
            fp["baselines"]["all_states_worst_bits"],
            cps.len(),
            fp["worst_backup_bits"]
        );
        assert!(qor.contains(&row), "{name}: no row `{row}` in\n{qor}");
        assert!(html.contains(&format!("src=\"{stem}-live-bits.svg\"")));
        if render {
            let svg = read(&tmp.path().join(format!("{stem}.svg")));
            assert!(svg.contains("<svg"), "{name}/{reg}: not an SVG");
            assert!(html.contains(&format!("src=\"{stem}.svg\"")));
        }
    }
    true
}

#[test]
fn report_png_is_a_png() {
    if !common::tool_present("dot", "-V") {
        eprintln!("skipped: Graphviz dot not installed (make apt installs it)");
        return;
    }
    let dir = common::repo().join("benchmarks-rtl/polyphony/gcd");
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_idet"))
        .arg("report")
        .args(common::design_args(&dir))
        .args(["--png", "-o"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(tmp.path().join("gcd_state.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert!(png.len() > 10_000, "suspiciously small picture");
}
