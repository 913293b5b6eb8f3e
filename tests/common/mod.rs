//! Test cases are directories with an `idet-case.toml` manifest (see tests/README.md).

#![allow(dead_code)]

use idet::analyze::{analyze_design, Outcome};
use idet::frontend::{read_design, FrontendOptions};
use idet::passes::fsm_detect::FsmOptions;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug)]
pub struct Case {
    pub top: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub include_dirs: Vec<String>,
    #[serde(default)]
    pub args: Vec<String>,
    pub sim: Option<Sim>,
    /// The size case (nngen, ~10k lines): measured by `make bench-nngen` in a release build,
    /// left out of the per-case tests (debug builds) and of `all_cases`.
    #[serde(default)]
    pub size_case: bool,
}

#[derive(Deserialize, Debug)]
pub struct Sim {
    pub files: Vec<String>,
    #[serde(default)]
    pub include_dirs: Vec<String>,
    pub tb_top: String,
    pub dut: String,
    pub clock: String,
    pub pass: String,
    pub fail: String,
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn load(manifest: &Path) -> Case {
    let text = std::fs::read_to_string(manifest).expect("manifest readable");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()))
}

/// Every case directory under benchmarks-rtl/ and tests/fixtures/, sorted, except size cases.
pub fn all_cases() -> Vec<PathBuf> {
    every_case()
        .into_iter()
        .filter(|d| !load(&d.join("idet-case.toml")).size_case)
        .collect()
}

/// The size cases (`size_case = true`).
pub fn size_cases() -> Vec<PathBuf> {
    every_case()
        .into_iter()
        .filter(|d| load(&d.join("idet-case.toml")).size_case)
        .collect()
}

fn every_case() -> Vec<PathBuf> {
    let mut out = vec![];
    for root in ["benchmarks-rtl", "tests/fixtures"] {
        collect(&repo().join(root), &mut out);
    }
    out.sort();
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.join("idet-case.toml").is_file() {
                out.push(p);
            } else {
                collect(&p, out);
            }
        }
    }
}

/// The case's design on an `idet` command line: sources, `--top`, `-I` dirs, extra args.
pub fn design_args(dir: &Path) -> Vec<String> {
    let case = load(&dir.join("idet-case.toml"));
    let mut args: Vec<String> = case
        .sources
        .iter()
        .map(|s| dir.join(s).display().to_string())
        .collect();
    args.extend(["--top".to_string(), case.top.clone()]);
    for i in &case.include_dirs {
        args.extend(["-I".to_string(), dir.join(i).display().to_string()]);
    }
    args.extend(case.args.iter().cloned());
    args
}

/// `--stream` options for the streams the case's interface file names (insert must add their
/// counters as verify's insert does).
pub fn stream_args(dir: &Path) -> Vec<String> {
    let f = dir.join("idet-iface.toml");
    let Ok(iface) = idet::verify::iface::load(&f) else {
        return vec![];
    };
    let mut v = vec![];
    for st in iface.streams {
        let mut spec = st.valid.clone();
        if let Some(r) = &st.ready {
            spec += &format!("/{r}");
        }
        if !st.data.is_empty() {
            spec += &format!("={}", st.data.join(","));
        }
        v.extend(["--stream".to_string(), spec]);
    }
    v
}

/// `polyphony/gcd` for `<repo>/benchmarks-rtl/polyphony/gcd`.
pub fn case_name(dir: &Path) -> String {
    let rel = dir.strip_prefix(repo()).unwrap_or(dir);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.trim_start_matches("benchmarks-rtl/")
        .trim_start_matches("tests/fixtures/")
        .to_string()
}

pub fn fsm_options(args: &[String]) -> FsmOptions {
    let mut o = FsmOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--state-reg" => o.force.push(it.next().expect("value").clone()),
            "--not-state-reg" => o.forbid.push(it.next().expect("value").clone()),
            "--observe-outputs" => {
                o.outputs = match it.next().expect("value").as_str() {
                    "always" => idet::passes::qualifiers::OutputRule::Always,
                    _ => idet::passes::qualifiers::OutputRule::Protocol,
                }
            }
            other => panic!("unsupported arg in manifest: {other}"),
        }
    }
    o
}

pub fn read(dir: &Path, case: &Case) -> idet::ir::Design {
    let files: Vec<PathBuf> = case.sources.iter().map(|s| dir.join(s)).collect();
    let opts = FrontendOptions {
        include_dirs: case.include_dirs.iter().map(|s| dir.join(s)).collect(),
        defines: vec![],
    };
    read_design(&files, &opts).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// The analyze text report with absolute paths made relative (stable snapshots).
pub fn analyze_text(dir: &Path) -> String {
    let case = load(&dir.join("idet-case.toml"));
    let design = read(dir, &case);
    match analyze_design(&design, Some(&case.top), fsm_options(&case.args), None) {
        Ok(Outcome::Report(r)) => idet::report::analyze::to_text(&r),
        Ok(Outcome::Dump(_)) => unreachable!("no dump requested"),
        Err(e) => panic!("{}: {e}", dir.display()),
    }
    .replace(&format!("{}/", repo().display()), "")
}

/// `idet verify --quiet` of a case with its interface file (`idet-iface.toml`), then `extra`.
pub fn verify_command(case_dir: &Path, extra: &[&str]) -> std::process::Command {
    let case = load(&case_dir.join("idet-case.toml"));
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_idet"));
    c.arg("verify")
        .args(case.sources.iter().map(|f| case_dir.join(f)))
        .args(["--top", &case.top, "--quiet"])
        .arg("--iface")
        .arg(case_dir.join("idet-iface.toml"));
    for i in &case.include_dirs {
        c.arg("-I").arg(case_dir.join(i));
    }
    c.args(extra);
    c
}

/// Is this tool installed? Missing tools skip a test locally; on CI (`CI` set) they fail it, since
/// `make test` installs them.
pub fn tool_present(tool: &str, version_arg: &str) -> bool {
    let ok = std::process::Command::new(tool)
        .arg(version_arg)
        .output()
        .is_ok();
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "{tool} missing on CI: `make test` installs it"
    );
    ok
}

/// Insert into a design given as text (one file, module `top`) with plan defaults (min-bits,
/// ILP, at most 16 cycles to a checkpoint, fram) and options `o`: the insert report.
pub fn insert_text(
    text: &str,
    top: &str,
    o: &idet::insert::InsertOptions,
) -> idet::insert::report::InsertReport {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join(format!("{top}.v"));
    std::fs::write(&f, text).unwrap();
    let d = read_design(&[f], &FrontendOptions::default()).expect("parses");
    let (a, reason, _) =
        idet::analyze::run_passes(&d, Some(top), FsmOptions::default(), None).expect("analyses");
    let r = idet::report::analyze::build(&a, &reason);
    let popts = idet::plan::run::PlanOptions {
        objective: idet::plan::cost::Objective::MinBits,
        algo: idet::plan::run::Algo::Ilp,
        max_cycles: 16,
        max_wait: None,
        energy: idet::plan::energy::EnergyModel::load("fram").unwrap(),
        time_limit_s: None,
        forbid: vec![],
        mcbf: 100_000,
        profile: None,
        nv_mems: vec![],
    };
    let plan = idet::insert::plan_input(&idet::plan::run::plan(&r, &popts).expect("plans"));
    idet::insert::insert(&a, &plan, o).expect("inserts").report
}
