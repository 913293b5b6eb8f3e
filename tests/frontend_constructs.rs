//! Constructs real HLS tools emit (generate regions, string parameters, unrolled loops, constant
//! functions, implicit nets, gate primitives, defparam, block declarations, translate_off
//! includes, a reset through an inverter), one directory per construct under
//! tests/frontend/constructs/<case>/ with a `case.toml`:
//!
//! ```toml
//! top = "m"                      # the module analysed
//! files = ["design.v"]           # relative to the case directory
//! include_dirs = ["."]           # optional
//! expect_error = "substring"     # the read or the analysis must fail with this message...
//! expect_error_at = "design.v:7:" # ...at this location (a substring of the headline)
//! max_seconds = 5.0              # read + analysis time limit (debug build)
//! xfail = "why"                  # a known src bug: the checks must fail (and are listed)
//! absent = ["u.blk.x"]           # signals the elaborated top must not have
//! [[signal]]                     # a signal of the elaborated top (or of `module` as written)
//! name = "g[2].r"
//! width = 8
//! depth = 4                      # optional: a memory of this many words
//! [[param]]                      # a parameter of a written module (`specialised = true`: of
//! module = "m"                   # some copy specialised for an instance's overrides)
//! name = "W"
//! value = 4                      # or `string = "block"`
//! [[count]]                      # IR item counts of the elaborated top (or of `module`)
//! assigns = 1                    # continuous assigns; also processes, proc_assigns
//! [[assign]]                     # a continuous assign, printed by ir::dump
//! lhs = "y"
//! rhs = "~(a & b)"
//! [analysis]                     # what the passes find
//! resets = ["ap_rst_n_inv"]      # reset signals, exactly
//! reset_source = "ap_rst_n"      # the input a reset is derived from through inverters/copies
//! no_fsm = true
//! [[analysis.fsm]]
//! state_reg = "ap_CS_fsm"
//! reset_state = "ap_ST_fsm_state1"
//! states = 3
//! ```
//!
//! Plus: `idet::inputs::expand` on an HLS output directory, and `idet insert DIR -o OUTDIR`.

mod common;

use idet::frontend::{read_design, FrontendOptions};
use idet::ir::{Module, Stmt, Tv};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Case {
    top: String,
    files: Vec<String>,
    #[serde(default)]
    include_dirs: Vec<String>,
    #[serde(default)]
    expect_ok: Option<bool>,
    expect_error: Option<String>,
    expect_error_at: Option<String>,
    max_seconds: Option<f64>,
    xfail: Option<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    signal: Vec<SignalCheck>,
    #[serde(default)]
    param: Vec<ParamCheck>,
    #[serde(default)]
    count: Vec<CountCheck>,
    #[serde(default)]
    assign: Vec<AssignCheck>,
    analysis: Option<AnalysisCheck>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct SignalCheck {
    name: String,
    width: u32,
    module: Option<String>,
    depth: Option<u64>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ParamCheck {
    module: String,
    name: String,
    value: Option<u64>,
    string: Option<String>,
    #[serde(default)]
    specialised: bool,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct CountCheck {
    module: Option<String>,
    assigns: Option<usize>,
    processes: Option<usize>,
    /// Assignment statements in all process bodies (after loop unrolling).
    proc_assigns: Option<usize>,
    instances: Option<usize>,
    sim_only: Option<usize>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct AssignCheck {
    module: Option<String>,
    lhs: String,
    rhs: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct AnalysisCheck {
    resets: Option<Vec<String>>,
    reset_source: Option<String>,
    #[serde(default)]
    no_fsm: bool,
    #[serde(default)]
    fsm: Vec<FsmCheck>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct FsmCheck {
    state_reg: String,
    reset_state: Option<String>,
    states: Option<usize>,
}

fn cases_root() -> PathBuf {
    common::repo().join("tests/frontend/constructs")
}

fn case_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_root())
        .expect("tests/frontend/constructs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("case.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The characters of a string-valued constant (8 bits per character, leading NULs dropped).
fn string_of(v: &Tv) -> Option<String> {
    let bytes = v.value()?.to_bytes_be();
    let bytes: Vec<u8> = bytes.into_iter().skip_while(|b| *b == 0).collect();
    String::from_utf8(bytes).ok()
}

fn proc_assigns(m: &Module) -> usize {
    let mut n = 0;
    for p in &m.processes {
        p.body.walk(&mut |s| {
            if matches!(s, Stmt::Assign { .. }) {
                n += 1;
            }
        });
    }
    n
}

/// Run one case; returns the failed checks (empty: all passed).
fn run_case(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("case.toml")).unwrap();
    let case: Case =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}/case.toml: {e}", dir.display()));
    assert!(
        case.expect_error.is_some() != case.expect_ok.unwrap_or(false),
        "{}: give exactly one of expect_ok = true and expect_error",
        dir.display()
    );
    for f in &case.files {
        let first = std::fs::read_to_string(dir.join(f))
            .unwrap_or_else(|e| panic!("{}/{f}: {e}", dir.display()));
        let first = first.lines().next().unwrap_or("");
        assert!(
            first.starts_with("// hand-written, imitating ")
                && first.ends_with("style (not generated by the tool)"),
            "{}/{f}: first line must say which tool it imitates: `{first}`",
            dir.display()
        );
    }
    let mut fails = vec![];
    let files: Vec<PathBuf> = case.files.iter().map(|f| dir.join(f)).collect();
    let opts = FrontendOptions {
        include_dirs: case.include_dirs.iter().map(|d| dir.join(d)).collect(),
        defines: vec![],
    };
    let t0 = Instant::now();
    let read = read_design(&files, &opts);
    let analysed = read.as_ref().map_err(Clone::clone).and_then(|d| {
        idet::analyze::run_passes(d, Some(&case.top), Default::default(), None).map(|_| ())
    });
    if let Some(want) = &case.expect_error {
        match &analysed {
            Ok(()) => fails.push(format!("expected an error containing `{want}`, got none")),
            Err(e) => {
                let shown = e.to_string();
                if !shown.contains(want.as_str()) {
                    fails.push(format!("error does not contain `{want}`:\n{shown}"));
                }
                if let Some(at) = &case.expect_error_at {
                    if !e.headline().contains(at.as_str()) {
                        fails.push(format!("error not at `{at}`: {}", e.headline()));
                    }
                }
                assert!(!shown.contains("panicked"), "{shown}");
            }
        }
        return fails;
    }
    let design = match read {
        Ok(d) => d,
        Err(e) => return vec![format!("read failed:\n{e}")],
    };
    if let Err(e) = analysed {
        return vec![format!("analysis failed:\n{e}")];
    }
    let Some(written_top) = design.module(&case.top) else {
        return vec![format!("no module `{}`", case.top)];
    };
    let top = design.elaborated(written_top).expect("elaborated above");
    let module = |name: &Option<String>| -> Option<&Module> {
        match name {
            None => Some(top),
            Some(n) => design.module(n),
        }
    };
    let label = |name: &Option<String>| name.clone().unwrap_or_else(|| "top".into());
    for s in &case.signal {
        let Some(m) = module(&s.module) else {
            fails.push(format!("no module {:?}", s.module));
            continue;
        };
        match m.find(&s.name) {
            None => {
                let near: Vec<&str> = m
                    .signals
                    .iter()
                    .map(|x| x.name.as_str())
                    .filter(|n| n.contains(s.name.rsplit('.').next().unwrap()))
                    .collect();
                fails.push(format!(
                    "{}: no signal `{}` (similar: {near:?})",
                    label(&s.module),
                    s.name
                ));
            }
            Some(id) => {
                let sig = m.signal(id);
                if sig.width() != s.width {
                    fails.push(format!(
                        "{}: `{}` is {} bits wide, expected {}",
                        label(&s.module),
                        s.name,
                        sig.width(),
                        s.width
                    ));
                }
                if let Some(d) = s.depth {
                    if !sig.is_memory() || sig.depth() != d {
                        fails.push(format!(
                            "`{}`: memory of {} words expected, is_memory {} depth {}",
                            s.name,
                            d,
                            sig.is_memory(),
                            sig.depth()
                        ));
                    }
                }
            }
        }
    }
    for a in &case.absent {
        if top.find(a).is_some() {
            fails.push(format!("signal `{a}` exists but must not"));
        }
    }
    for p in &case.param {
        let copies: Vec<&Module> = if p.specialised {
            design
                .specialised
                .iter()
                .map(|s| &s.module)
                .filter(|m| m.name == p.module)
                .collect()
        } else {
            design.module(&p.module).into_iter().collect()
        };
        let values: Vec<&Tv> = copies
            .iter()
            .filter_map(|m| m.params.iter().find(|x| x.name == p.name))
            .map(|x| &x.value)
            .collect();
        let ok = values.iter().any(|v| {
            p.value.is_none_or(|want| v.to_u64() == Some(want))
                && p.string
                    .as_ref()
                    .is_none_or(|want| string_of(v).as_deref() == Some(want.as_str()))
        });
        if values.is_empty() || !ok {
            let shown: Vec<String> = values
                .iter()
                .map(|v| format!("{:?} / {:?}", v.to_u64(), string_of(v)))
                .collect();
            fails.push(format!(
                "{}{}.{}: expected {:?}{:?}, found {shown:?}",
                if p.specialised { "specialised " } else { "" },
                p.module,
                p.name,
                p.value,
                p.string
            ));
        }
    }
    for c in &case.count {
        let Some(m) = module(&c.module) else {
            fails.push(format!("no module {:?}", c.module));
            continue;
        };
        let have = [
            ("assigns", c.assigns, m.assigns.len()),
            ("processes", c.processes, m.processes.len()),
            ("proc_assigns", c.proc_assigns, proc_assigns(m)),
            ("instances", c.instances, m.instances.len()),
            ("sim_only", c.sim_only, m.sim_only.len()),
        ];
        for (what, want, got) in have {
            if want.is_some_and(|w| w != got) {
                fails.push(format!(
                    "{}: {what} = {got}, expected {}",
                    label(&c.module),
                    want.unwrap()
                ));
            }
        }
    }
    for a in &case.assign {
        let Some(m) = module(&a.module) else {
            fails.push(format!("no module {:?}", a.module));
            continue;
        };
        let found: Vec<(String, String)> = m
            .assigns
            .iter()
            .map(|x| {
                (
                    idet::ir::dump::lvalue_to_string(m, &x.lhs),
                    idet::ir::dump::expr_to_string(m, &x.rhs),
                )
            })
            .collect();
        if !found.iter().any(|(l, r)| *l == a.lhs && *r == a.rhs) {
            let same_lhs: Vec<&String> = found
                .iter()
                .filter(|(l, _)| *l == a.lhs)
                .map(|x| &x.1)
                .collect();
            fails.push(format!(
                "{}: no `assign {} = {}` (right-hand sides of {}: {same_lhs:?})",
                label(&a.module),
                a.lhs,
                a.rhs,
                a.lhs
            ));
        }
    }
    if let Some(want) = &case.analysis {
        let (a, _, _) =
            idet::analyze::run_passes(&design, Some(&case.top), Default::default(), None)
                .expect("analysed above");
        let facts = a.facts.as_ref().expect("facts pass ran");
        let m = a.module;
        let resets: Vec<&str> = facts.resets.iter().map(|r| m.name_of(r.signal)).collect();
        if let Some(r) = &want.resets {
            if resets != r.iter().map(String::as_str).collect::<Vec<_>>() {
                fails.push(format!("resets {resets:?}, expected {r:?}"));
            }
        }
        if let Some(src) = &want.reset_source {
            let sources: Vec<&str> = facts
                .resets
                .iter()
                .filter_map(|r| r.source.map(|(s, _)| m.name_of(s)))
                .collect();
            if !sources.contains(&src.as_str()) {
                fails.push(format!(
                    "no reset derived from input `{src}` (sources: {sources:?})"
                ));
            }
        }
        let report =
            match idet::analyze::analyze_design(&design, Some(&case.top), Default::default(), None)
            {
                Ok(idet::analyze::Outcome::Report(r)) => r,
                _ => unreachable!("analysed above"),
            };
        if want.no_fsm && !report.fsms.is_empty() {
            let regs: Vec<&str> = report.fsms.iter().map(|f| f.state_reg.as_str()).collect();
            fails.push(format!("no FSM expected, found {regs:?}"));
        }
        for f in &want.fsm {
            let Some(got) = report.fsms.iter().find(|x| x.state_reg == f.state_reg) else {
                let regs: Vec<&str> = report.fsms.iter().map(|f| f.state_reg.as_str()).collect();
                fails.push(format!("no FSM `{}` (found {regs:?})", f.state_reg));
                continue;
            };
            if let Some(rs) = &f.reset_state {
                // Reported as `name=code`.
                let name = got
                    .reset_state
                    .as_deref()
                    .map(|s| s.split('=').next().unwrap());
                if name != Some(rs.as_str()) {
                    fails.push(format!(
                        "FSM {}: reset state {:?}, expected {rs}",
                        f.state_reg, got.reset_state
                    ));
                }
            }
            if let Some(n) = f.states {
                if got.states.len() != n {
                    fails.push(format!(
                        "FSM {}: {} states, expected {n}",
                        f.state_reg,
                        got.states.len()
                    ));
                }
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    if let Some(limit) = case.max_seconds {
        if secs > limit {
            fails.push(format!("took {secs:.2} s, limit {limit} s"));
        }
    }
    fails
}

#[test]
fn every_construct_case_holds() {
    let dirs = case_dirs();
    assert!(dirs.len() >= 12, "only {} construct cases", dirs.len());
    let mut report = vec![];
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let case: Case = toml::from_str(&std::fs::read_to_string(dir.join("case.toml")).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let fails = run_case(dir);
        match (&case.xfail, fails.is_empty()) {
            (None, true) => {}
            (None, false) => report.push(format!("{name}:\n  {}", fails.join("\n  "))),
            (Some(why), true) => report.push(format!(
                "{name}: marked xfail ({why}) but every check passes now: remove `xfail`"
            )),
            (Some(why), false) => {
                eprintln!("{name}: known bug ({why}):\n  {}", fails.join("\n  "))
            }
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

/// The harness itself can fail: a wrong width, a missing signal, a wrong count and a wrong
/// error substring are all reported.
#[test]
fn construct_checks_have_teeth() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("design.v"),
        "// hand-written, imitating no tool at all style (not generated by the tool)\n\
         module m(input clk, input [3:0] a, output reg [3:0] q);\n\
         always @(posedge clk) q <= a;\nendmodule\n",
    )
    .unwrap();
    std::fs::write(
        d.join("case.toml"),
        "top = \"m\"\nfiles = [\"design.v\"]\nexpect_ok = true\nabsent = [\"q\"]\n\
         [[signal]]\nname = \"q\"\nwidth = 5\n[[signal]]\nname = \"nope\"\nwidth = 1\n\
         [[count]]\nprocesses = 2\n[analysis]\nresets = [\"clk\"]\n",
    )
    .unwrap();
    let fails = run_case(d);
    assert_eq!(fails.len(), 5, "{fails:#?}");
    std::fs::write(
        d.join("case.toml"),
        "top = \"m\"\nfiles = [\"design.v\"]\nexpect_error = \"anything\"\n",
    )
    .unwrap();
    assert_eq!(run_case(d).len(), 1);
}

#[test]
fn bit_reversal_unrolls_quickly_into_1152_assignments() {
    let dir = cases_root().join("proc_for_bitrev");
    let t0 = Instant::now();
    let d = read_design(&[dir.join("design.v")], &FrontendOptions::default()).expect("reads");
    let secs = t0.elapsed().as_secs_f64();
    assert!(secs < 5.0, "lowering took {secs:.2} s");
    let m = d.module("wide_rev").unwrap();
    assert_eq!(proc_assigns(m), 1152);
    // Every assignment is `t[i] = x[1151 - i]` with both indices folded to constants.
    let ev = idet::ir::eval::Evaluator::new(m, &idet::ir::eval::NoSignals);
    let (t, x) = (
        m.find("p_Result_s_fu_34_p4").unwrap(),
        m.find("x_V").unwrap(),
    );
    let mut bits = std::collections::BTreeSet::new();
    m.processes[0].body.walk(&mut |s| {
        let Stmt::Assign { lhs, rhs, .. } = s else {
            return;
        };
        let idet::ir::LValue::Bit(lsig, li) = lhs else {
            panic!("not a bit assignment: {lhs:?}");
        };
        let idet::ir::Expr::Bit { base, index } = rhs else {
            panic!("not a bit select: {rhs:?}");
        };
        assert_eq!(*lsig, t);
        assert!(
            matches!(**base, idet::ir::Expr::Sig(b) if b == x),
            "{base:?}"
        );
        let i = ev.eval(li).to_u64().expect("constant target bit");
        let j = ev.eval(index).to_u64().expect("constant source bit");
        assert_eq!(i + j, 1151, "t[{i}] = x[{j}]");
        bits.insert(i);
    });
    assert_eq!(bits, (0..1152).collect(), "every target bit written once");
}

/// An HLS output directory: every .v/.sv (sorted, recursively, hidden files skipped), except a
/// file another one `include`s; the directory itself and every folder holding a .vh are
/// include directories.
#[test]
fn a_directory_expands_to_its_sources_and_include_folders() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("inc")).unwrap();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(
        d.join("top.v"),
        "`include \"kernel.v\"\nmodule top; kernel k(); endmodule\n",
    )
    .unwrap();
    std::fs::write(d.join("kernel.v"), "module kernel; endmodule\n").unwrap();
    std::fs::write(d.join("sub/leaf.sv"), "module leaf; endmodule\n").unwrap();
    std::fs::write(d.join("aux.v"), "module aux; endmodule\n").unwrap();
    std::fs::write(d.join(".hidden.v"), "module hidden; endmodule\n").unwrap();
    std::fs::write(d.join("inc/defs.vh"), "`define W 8\n").unwrap();
    std::fs::write(d.join("rom.dat"), "00\n01\n").unwrap();
    std::fs::write(d.join("notes.txt"), "not verilog\n").unwrap();
    let single = d.join("aux.v");
    let got = idet::inputs::expand(&[d.to_path_buf(), single.clone()]).expect("expands");
    assert_eq!(
        got.files,
        vec![
            d.join("aux.v"),
            d.join("sub/leaf.sv"),
            d.join("top.v"),
            single
        ],
        "kernel.v is included by top.v, .hidden.v is hidden, .vh/.dat/.txt are no sources"
    );
    assert_eq!(got.include_dirs, vec![d.to_path_buf(), d.join("inc")]);
    assert_eq!(got.dirs, vec![d.to_path_buf()]);

    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("x.txt"), "").unwrap();
    let err = idet::inputs::expand(&[empty.path().to_path_buf()]).expect_err("no sources");
    assert!(
        err.message.contains("no .v or .sv files"),
        "{}",
        err.message
    );
}

fn idet(args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_idet"))
        .args(args)
        .output()
        .expect("idet runs")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// `idet analyze DIR` and `idet insert DIR -o OUTDIR` on the Vitis AXI4-Lite fixture laid out as
/// an HLS output directory (plus a .dat file and an include folder): OUTDIR gets every file,
/// the augmented top file in place of the original (stripping idet's regions gives it back),
/// the others byte-identical.
#[test]
fn insert_on_a_directory_writes_the_augmented_file_and_copies_the_rest() {
    let fixture = common::repo().join("tests/fixtures/vitis_axi_lite");
    let case = common::load(&fixture.join("idet-case.toml"));
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("verilog");
    std::fs::create_dir_all(input.join("data")).unwrap();
    for s in &case.sources {
        std::fs::copy(fixture.join(s), input.join(s)).unwrap();
    }
    std::fs::write(input.join("data/coeffs.dat"), "0001\n0002\n0003\n").unwrap();
    let top_file = input.join(&case.sources[0]);
    let original = std::fs::read_to_string(&top_file).unwrap();

    let out = idet(&["analyze".as_ref(), input.as_os_str()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "analyze DIR: {stderr}");
    // The report says which top it chose and why (errors alone go to standard error).
    assert!(
        stdout.contains(&format!("top: {} (", case.top)),
        "analyze DIR does not say which top it chose: {stdout}"
    );
    assert!(stdout.contains("FSM ap_CS_fsm"), "{stdout}");

    let out_dir = tmp.path().join("augmented");
    let out = idet(&[
        "insert".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out_dir.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "insert DIR -o OUTDIR: {stderr}");
    assert!(stderr.contains("(augmented) and copies"), "{stderr}");
    assert_eq!(files_under(&out_dir), files_under(&input));
    for rel in files_under(&input) {
        let before = std::fs::read(input.join(&rel)).unwrap();
        let after = std::fs::read(out_dir.join(&rel)).unwrap();
        if input.join(&rel) == top_file {
            let text = String::from_utf8(after).unwrap();
            assert_ne!(text, original, "the top file was not augmented");
            assert!(
                text.contains("idet"),
                "no idet region in the augmented file"
            );
            assert_eq!(
                idet::emit::splice::strip(&text),
                original,
                "stripping the idet regions does not give back the original"
            );
        } else {
            assert_eq!(before, after, "{} is not a plain copy", rel.display());
        }
    }
    // The input directory is left alone, and writing into it is refused.
    assert_eq!(std::fs::read_to_string(&top_file).unwrap(), original);
    let out = idet(&[
        "insert".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        input.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is the input directory"), "{stderr}");
}
