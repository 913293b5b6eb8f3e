//! `make bench` (= `cargo bench --bench corpus`): one table over every corpus design and fixture
//! (every directory with an `idet-case.toml`), written to bench/results.md and bench/results.csv.
//!
//! Per design: flip-flop bits, full-backup bits, DP and ILP worst backup bits (`idet plan --algo
//! both`), Yosys cells of the original and the augmented design (`synth -top; stat`), cycle
//! overhead without losses (`idet verify`, boot excluded, plus 200 losses as a sanity check), and
//! the wall time of `idet insert` against `yosys read_verilog; proc` on the same files (best of
//! three, both as processes, run one at a time so neither competes with the other).
//!
//! Timings run first and sequentially; Yosys synthesis and verify then run in parallel (rayon).
//! `cargo test --all-targets` builds this file and runs it without `--bench`: it then only says so.

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

// Cases, manifests and their command lines: the test suite's loader.
#[path = "../tests/common/mod.rs"]
mod common;

use common::Case;

const IDET: &str = env!("CARGO_BIN_EXE_idet");
const VERIFY_LOSSES: &str = "200";

/// One row of the table (also the CSV record). `None` = not applicable (reason in `note`).
#[derive(Serialize, Default, Clone)]
struct Row {
    design: String,
    fsms: usize,
    states: usize,
    ff_bits: u64,
    full_backup_bits: u64,
    dp_worst_bits: Option<u64>,
    ilp_worst_bits: Option<u64>,
    ilp_over_full: Option<f64>,
    checkpoints: usize,
    cells_original: Option<u64>,
    cells_augmented: Option<u64>,
    area_overhead_pct: Option<f64>,
    cycle_overhead_pct: Option<f64>,
    energy_overhead_pct: Option<f64>,
    boot_cycles: Option<u64>,
    verify_losses: Option<u64>,
    verify_divergences: Option<u64>,
    idet_insert_s: Option<f64>,
    yosys_proc_s: f64,
    insert_over_proc: Option<f64>,
    note: String,
}

struct Job {
    dir: PathBuf,
    case: Case,
    row: Row,
    augmented: Option<String>,
}

fn path(dir: &Path, rel: &str) -> String {
    dir.join(rel).display().to_string()
}

/// The error a failed `idet` run printed, on one line, paths relative to the repository.
fn first_error(stderr: &[u8]) -> String {
    let s = String::from_utf8_lossy(stderr);
    let root = format!("{}/", common::repo().display());
    let from = s.find("error: ").map_or(0, |i| i + "error: ".len());
    let msg: Vec<&str> = s[from..]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|') && !l.starts_with(char::is_numeric))
        .take(2)
        .collect();
    let msg = msg.join(" ").replace(&root, "");
    let mut cut: String = msg.chars().take(140).collect();
    if cut.len() < msg.len() {
        cut.push('…');
    }
    cut
}

/// Best wall time of three runs of a command that must succeed.
fn best_of_three(mut cmd: impl FnMut() -> Command) -> Option<f64> {
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let t0 = Instant::now();
        let ok = cmd().output().ok()?.status.success();
        if !ok {
            return None;
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    Some(best)
}

/// Yosys `read_verilog -sv FILES; <script>` for a case (its include dirs on the search path).
fn yosys(dir: &Path, c: &Case, files: &[String], script: &str) -> Command {
    let incs: String = c
        .include_dirs
        .iter()
        .map(|i| format!(" -I{}", path(dir, i)))
        .collect();
    let mut y = Command::new("yosys");
    // In the case directory: `$readmemh("./x.dat")` is relative to where the tool runs.
    y.current_dir(dir).arg("-q").arg("-p").arg(format!(
        "read_verilog -sv{incs} {}; {script}",
        files.join(" ")
    ));
    y
}

/// Analysis, plan and the two timings (run sequentially).
fn measure(dir: PathBuf) -> Job {
    let case = common::load(&dir.join("idet-case.toml"));
    let mut row = Row {
        design: dir
            .strip_prefix(common::repo())
            .unwrap_or(&dir)
            .display()
            .to_string()
            .replace("benchmarks-rtl/", "")
            .replace("tests/fixtures/", "fixtures/"),
        ..Row::default()
    };
    let args = common::design_args(&dir);
    let files: Vec<String> = case.sources.iter().map(|s| path(&dir, s)).collect();
    row.yosys_proc_s = best_of_three(|| yosys(&dir, &case, &files, "proc")).unwrap_or(f64::NAN);
    let plan = Command::new(IDET)
        .arg("plan")
        .args(&args)
        .args(["--algo", "both", "--json"])
        .output()
        .expect("idet runs");
    // A design without an FSM has nothing to place: insert still makes every cycle a checkpoint.
    let p: Value = if plan.status.success() {
        serde_json::from_slice(&plan.stdout).expect("plan json")
    } else {
        row.note = format!("plan: {}", first_error(&plan.stderr));
        Value::Null
    };
    let fsms = p["fsms"].as_array().cloned().unwrap_or_default();
    row.fsms = fsms.len();
    row.states = fsms
        .iter()
        .map(|f| f["states"].as_u64().unwrap_or(0) as usize)
        .sum();
    row.ff_bits = p["full_backup_bits"].as_u64().unwrap_or(0);
    row.full_backup_bits = p["baselines"]["full_backup_bits"].as_u64().unwrap_or(0);
    row.checkpoints = p["checkpoints"].as_array().map_or(0, Vec::len);
    let worst = |key: &str| -> Option<u64> {
        fsms.iter()
            .map(|f| f[key].as_f64().map(|v| v as u64))
            .collect::<Option<Vec<u64>>>()
            .and_then(|v| v.into_iter().max())
    };
    row.dp_worst_bits = worst("dp_objective");
    row.ilp_worst_bits = worst("ilp_objective");
    row.ilp_over_full = row
        .ilp_worst_bits
        .map(|w| w as f64 / row.full_backup_bits.max(1) as f64);
    let scratch = tempfile::tempdir().expect("scratch dir");
    let out = scratch.path().join("aug.v");
    let insert = || {
        let mut c = Command::new(IDET);
        c.arg("insert").args(&args).args(common::stream_args(&dir));
        c.arg("-q").arg("-o").arg(&out);
        c
    };
    match insert().output() {
        Ok(o) if o.status.success() => {
            row.idet_insert_s = best_of_three(insert);
            row.insert_over_proc = row.idet_insert_s.map(|t| t / row.yosys_proc_s);
        }
        Ok(o) if row.note.is_empty() => {
            row.note = format!("insert refused: {}", first_error(&o.stderr))
        }
        Ok(o) => row.note += &format!("; insert refused: {}", first_error(&o.stderr)),
        Err(e) => row.note = format!("insert: {e}"),
    }
    let augmented = std::fs::read_to_string(&out).ok();
    Job {
        dir,
        case,
        row,
        augmented,
    }
}

/// `Number of cells` of the whole hierarchy under `top` (Yosys generic `synth`).
fn cells(dir: &Path, c: &Case, files: &[String]) -> Option<u64> {
    let stat = tempfile::NamedTempFile::new().ok()?;
    let script = format!(
        "synth -top {}; tee -q -o {} stat",
        c.top,
        stat.path().display()
    );
    if !yosys(dir, c, files, &script)
        .output()
        .ok()?
        .status
        .success()
    {
        return None;
    }
    let text = std::fs::read_to_string(stat.path()).ok()?;
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("Number of cells:"))
        .next_back()?
        .trim()
        .parse()
        .ok()
}

/// Area and cycle figures (run in parallel).
fn finish(mut job: Job) -> Row {
    let (dir, case) = (&job.dir, &job.case);
    let files: Vec<String> = case.sources.iter().map(|s| path(dir, s)).collect();
    job.row.cells_original = cells(dir, case, &files);
    let Some(aug) = &job.augmented else {
        return job.row;
    };
    // The augmented top goes into a copy of the case directory, in place of the file that
    // defines the top module, so includes and the other sources resolve as before.
    let copy = tempfile::tempdir().expect("scratch dir");
    let cp = Command::new("cp")
        .arg("-r")
        .arg(dir.join("."))
        .arg(copy.path())
        .status();
    let decl = format!("module {}", case.top);
    // Among the case's sources (a fixture may keep variants of its files beside them), then the
    // files of its include directories (Polyphony's top file includes the kernel's).
    let mut sources: Vec<PathBuf> = case.sources.iter().map(|s| copy.path().join(s)).collect();
    for inc in &case.include_dirs {
        let mut more: Vec<PathBuf> = std::fs::read_dir(copy.path().join(inc))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "v" || x == "sv"))
            .collect();
        more.sort();
        sources.extend(more);
    }
    let top_file = sources.into_iter().find(|f| {
        std::fs::read_to_string(f).is_ok_and(|t| {
            t.match_indices(&decl).any(|(i, _)| {
                t[i + decl.len()..].starts_with(|ch: char| !ch.is_alphanumeric() && ch != '_')
            })
        })
    });
    if let (Ok(s), Some(f)) = (cp, top_file) {
        if s.success() && std::fs::write(&f, aug).is_ok() {
            // Sources outside the case directory (`../shared.v`) are read where they are.
            let files: Vec<String> = case
                .sources
                .iter()
                .map(|s| {
                    if s.starts_with("..") {
                        path(dir, s)
                    } else {
                        path(copy.path(), s)
                    }
                })
                .collect();
            job.row.cells_augmented = cells(copy.path(), case, &files);
        }
    }
    if let (Some(o), Some(a)) = (job.row.cells_original, job.row.cells_augmented) {
        job.row.area_overhead_pct = Some(100.0 * (a as f64 - o as f64) / o.max(1) as f64);
    }
    let mut v = Command::new(IDET);
    v.arg("verify").args(common::design_args(dir)).args([
        "--losses",
        VERIFY_LOSSES,
        "--json",
        "-q",
    ]);
    if dir.join("idet-iface.toml").is_file() {
        v.arg("--iface").arg(dir.join("idet-iface.toml"));
    }
    match v.output() {
        Ok(o) if !o.stdout.is_empty() => {
            if let Ok(r) = serde_json::from_slice::<Value>(&o.stdout) {
                job.row.cycle_overhead_pct = r["cycle_overhead_pct"].as_f64();
                job.row.energy_overhead_pct = r["energy"]["overhead_pct"].as_f64();
                job.row.boot_cycles = r["boot_cycles_run0"].as_u64();
                job.row.verify_losses = r["losses"].as_u64();
                job.row.verify_divergences = r["divergences"].as_u64();
            }
        }
        Ok(o) => job.row.note = format!("verify: {}", first_error(&o.stderr)),
        Err(e) => job.row.note = format!("verify: {e}"),
    }
    job.row
}

fn cell<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or("-".to_string(), |x| x.to_string())
}

fn fixed(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".to_string(), |x| format!("{x:.digits$}"))
}

fn markdown(rows: &[Row], seconds: f64) -> String {
    let yosys = Command::new("yosys")
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let mut s = format!(
        "# idet over the whole corpus\n\nGenerated by `make bench` (`cargo bench --bench corpus`, \
         release build) in {seconds:.0} s on {} CPUs; {yosys}. Plan: `idet plan --algo both` \
         (min-bits, at most 16 cycles to a checkpoint, fram). Backup bits include the state \
         register. Area = Yosys generic `synth -top TOP; stat` cells of the whole hierarchy, \
         augmented = `idet insert` defaults (parallel 32-bit NVM port, controller + adapter \
         included). Cycle overhead = augmented vs original cycles of the same workload without \
         losses (`idet verify`, boot scan excluded and listed), with {VERIFY_LOSSES} power \
         losses as a sanity check. Energy = `idet verify`'s estimate for that run (fram preset, \
         design energy per cycle from its flip-flop bits, controller and adapter flip-flops added, \
         NVM reads and writes of the boot and any commit). Times = best of three wall-clock runs of `idet insert` \
         (parse, analyze, plan with CBC, splice) and of `yosys -p \"read_verilog -sv; proc\"` \
         on the same files, both as processes. CSV: bench/results.csv. An `idet report` of \
         fixtures/vitis_matmul: bench/report-example/ (index.html, ap_CS_fsm.png).\n\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    s += "| design | FSMs | states | FF bits | full backup | DP worst | ILP worst | ILP / full | \
          checkpoints | cells orig | cells aug | area +% | cycles +% | energy +% | boot cycles | \
          losses (div.) | insert s | yosys proc s | insert / proc | note |\n";
    s += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    for r in rows {
        s += &format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.3} | {} | {} |\n",
            r.design,
            r.fsms,
            r.states,
            r.ff_bits,
            r.full_backup_bits,
            cell(r.dp_worst_bits),
            cell(r.ilp_worst_bits),
            fixed(r.ilp_over_full, 3),
            r.checkpoints,
            cell(r.cells_original),
            cell(r.cells_augmented),
            fixed(r.area_overhead_pct, 0),
            fixed(r.cycle_overhead_pct, 2),
            fixed(r.energy_overhead_pct, 2),
            cell(r.boot_cycles),
            match (r.verify_losses, r.verify_divergences) {
                (Some(l), Some(d)) => format!("{l} ({d})"),
                _ => "-".into(),
            },
            fixed(r.idet_insert_s, 3),
            r.yosys_proc_s,
            fixed(r.insert_over_proc, 2),
            r.note.replace('|', "\\|")
        );
    }
    s
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("corpus: a benchmark; run it with `make bench` (cargo bench --bench corpus)");
        return;
    }
    let t0 = Instant::now();
    let dirs = common::all_cases();
    let bar = ProgressBar::new(2 * dirs.len() as u64).with_style(
        ProgressStyle::with_template("{elapsed:>4} [{bar:30}] {pos}/{len} {msg}")
            .expect("template")
            .progress_chars("=> "),
    );
    let jobs: Vec<Job> = dirs
        .into_iter()
        .map(|d| {
            bar.set_message(format!("timing {}", d.display()));
            let j = measure(d);
            bar.inc(1);
            j
        })
        .collect();
    let rows: Vec<Row> = jobs
        .into_par_iter()
        .map(|j| {
            let r = finish(j);
            bar.inc(1);
            bar.set_message(format!("synth+verify {} done", r.design));
            r
        })
        .collect();
    bar.finish_and_clear();
    let out = common::repo().join("bench");
    let md = markdown(&rows, t0.elapsed().as_secs_f64());
    std::fs::write(out.join("results.md"), &md).expect("write results.md");
    let mut csv = csv::Writer::from_path(out.join("results.csv")).expect("results.csv");
    for r in &rows {
        csv.serialize(r).expect("csv row");
    }
    csv.flush().expect("csv flush");
    print!("{md}");
    // One rendered example of `idet report`, kept with the figures (linked from results.md).
    let example = common::repo().join("tests/fixtures/vitis_matmul");
    let status = Command::new(IDET)
        .arg("report")
        .arg(example.join("matsq.v"))
        .args(["--top", "matsq", "--png", "-q", "-o"])
        .arg(out.join("report-example"))
        .status()
        .expect("idet runs");
    assert!(status.success(), "idet report of the example failed");
    let diverged: Vec<&str> = rows
        .iter()
        .filter(|r| r.verify_divergences.is_some_and(|d| d > 0))
        .map(|r| r.design.as_str())
        .collect();
    assert!(diverged.is_empty(), "verify diverged on {diverged:?}");
}
