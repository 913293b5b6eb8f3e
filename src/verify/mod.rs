//! `idet verify`: the original design and the design augmented by `idet insert` run side by side
//! under Verilator on the same seeded random workload, while the augmented one loses power
//! thousands of times (after a warning, during a save, during a restore, repeatedly). Every
//! transaction the host sees must be the golden one.
//!
//! Layout: `iface` resolves the host interface, `harness` writes the C++ side (`iface.h`; the
//! harness itself is `sim/verify.cpp`), `build` runs Verilator, `report` renders the figures.

pub mod build;
pub mod energy;
pub mod harness;
pub mod harvest;
pub mod iface;
pub mod report;
pub mod vendor_sim;

use crate::diag::Diagnostic;
use crate::insert::Inserted;
use std::path::{Path, PathBuf};

pub use report::VerifyReport;

pub const HARNESS_CPP: &str = include_str!("../../sim/verify.cpp");
pub const NVM_MODEL_H: &str = include_str!("../../sim/nvm_model.h");

#[derive(Clone, Debug)]
pub struct VerifyOptions {
    /// Power losses to inject (over as many runs of the workload as it takes).
    pub losses: u64,
    pub seed: u64,
    /// The interface file's settings (empty: everything recognised from names).
    pub iface: iface::InterfaceFile,
    /// Transactions per run (overrides the interface file).
    pub transactions: Option<u32>,
    /// Build and run here and keep it (default: a temporary directory).
    pub keep_dir: Option<PathBuf>,
    /// Cycles one NVM word access takes in the C++ model (from the NVM preset).
    pub nvm_access_cycles: u32,
    /// Report progress on standard error.
    pub progress: bool,
    /// Losses without warning at random cycles (needs a periodic or hybrid insert).
    pub sudden: bool,
    /// The liveness check, built with the models when given.
    pub deadcheck: Option<Deadcheck>,
    /// Extra Verilator arguments, the same for every model (`--verilator-arg`).
    pub verilator_args: Vec<String>,
    /// Energy model of the report's estimate (the `--nvm` preset or file) and the design's
    /// flip-flop bits it scales the per-cycle energy with.
    pub energy: crate::plan::energy::EnergyModel,
    pub state_bits: u64,
    /// How the host looks at outputs: with their protocol's valid (the analysis's default
    /// contract, `passes::qualifiers`) or in every cycle.
    pub outputs: crate::passes::qualifiers::OutputRule,
}

/// The liveness check inside the harness: the original design wrapped by
/// `emit::deadcheck::emit_wrapper`, run `runs` times on the golden workload with every
/// register called dead overwritten at random; its transactions must be the golden ones.
#[derive(Clone, Debug)]
pub struct Deadcheck {
    pub runs: u64,
    /// The wrapper's Verilog (`idet_deadcheck_top`).
    pub wrapper: String,
    pub corrupted: usize,
    pub unreachable: Vec<String>,
}

impl Deadcheck {
    /// The check for analysis `a` with `runs` runs; `assume_dead` are registers treated as dead
    /// everywhere (the check's own teeth test).
    pub fn new(
        a: &crate::passes::Analysis,
        clock: &str,
        runs: u64,
        assume_dead: &[crate::ir::SignalId],
    ) -> Result<Deadcheck, Diagnostic> {
        let (wrapper, info) = crate::emit::deadcheck::emit_wrapper(a, clock, assume_dead)
            .map_err(|e| Diagnostic::plain(format!("liveness check: {e}")))?;
        Ok(Deadcheck {
            runs,
            wrapper,
            corrupted: info.corrupted,
            unreachable: info.unreachable,
        })
    }
}

/// The design as Verilator sees it.
pub struct Sources<'a> {
    /// The files given to idet, in order.
    pub files: &'a [PathBuf],
    pub include_dirs: &'a [PathBuf],
    pub defines: &'a [(String, Option<String>)],
    pub top: &'a str,
    /// Where each span's file is (to find `$readmemh` data files).
    pub sources: &'a crate::ir::span::SourceMap,
}

/// The directory the harness runs in, so that the design's `$readmemh/b` files are read as in
/// the tool's own simulation: relative names resolve beside the source file that reads them
/// (Vitis `.dat`, Bambu `.mem`, LegUp `.mif` sit beside the Verilog). A missing file is refused
/// by name: the memory's power-on content would be whatever the simulator chooses, different in
/// the golden model and after each power loss.
fn data_dir(src: &Sources, module: &crate::ir::Module) -> Result<Option<PathBuf>, Diagnostic> {
    let mut base: Option<PathBuf> = None;
    for init in &module.mem_inits {
        let p = Path::new(&init.file);
        let beside = src
            .sources
            .file(init.span.file)
            .and_then(|f| f.path.parent().map(Path::to_path_buf));
        let task = if init.hex { "$readmemh" } else { "$readmemb" };
        let refuse = |what: String| {
            Err(Diagnostic::at(
                src.sources,
                init.span,
                format!(
                    "`{task}` reads the power-on content of `{}` from {what}",
                    module.name_of(init.mem)
                ),
            ))
        };
        let from = if p.is_absolute() && !p.is_file() {
            // Bambu writes the absolute paths of the machine it ran on; a copy of the file beside
            // the sources does not help: the design names the other path.
            let here = beside
                .as_ref()
                .zip(p.file_name())
                .map(|(b, n)| b.join(n))
                .filter(|c| c.is_file());
            return refuse(format!(
                "the absolute path `{}`, which is not on this machine{}: verify needs the file where the design names it",
                init.file,
                here.map_or(String::new(), |h| format!(
                    " (a file of that name is at {}; the tool wrote the path of the machine it ran on)",
                    h.display()
                ))
            ));
        } else if p.is_absolute() || p.is_file() {
            None
        } else if let Some(b) = beside.filter(|b| b.join(p).is_file()) {
            Some(b)
        } else {
            return refuse(format!(
                "`{}`, which is not there (neither beside the source nor in the working directory): verify needs the file",
                init.file
            ));
        };
        match (&base, from) {
            (_, None) => {}
            (None, Some(b)) => base = Some(b),
            (Some(a), Some(b)) if *a == b => {}
            (Some(a), Some(b)) => {
                return Err(Diagnostic::at(
                    src.sources,
                    init.span,
                    format!(
                        "`{}` resolves beside {}, other data files beside {}: verify runs in one directory",
                        init.file,
                        b.display(),
                        a.display()
                    ),
                ))
            }
        }
    }
    Ok(base.map(|b| std::path::absolute(&b).unwrap_or(b)))
}

/// The directory the harness runs in: `data` itself, or, when a data file has more words than
/// the memories reading it hold, a directory in the scratch space with every file of `data`
/// (and folder) linked and those files cut to the memory's depth. Verilator 5.006 aborts the simulation on a
/// word past the array's end ("$readmem file address beyond bounds of array"), where IEEE
/// 1800-2017 21.4 loads nothing more; Bambu writes such files (a 2-word memory's file of 4
/// lines). A file with `@address` lines is left alone.
fn fit_data_files(
    module: &crate::ir::Module,
    data: &Path,
    scratch: &Path,
) -> Result<PathBuf, Diagnostic> {
    let mut depth: std::collections::BTreeMap<String, u64> = Default::default();
    for init in &module.mem_inits {
        if Path::new(&init.file).is_absolute() {
            continue;
        }
        let d = depth.entry(init.file.clone()).or_insert(0);
        *d = (*d).max(module.signal(init.mem).depth());
    }
    let mut cut: Vec<(PathBuf, String)> = vec![];
    for (file, words) in &depth {
        // Files directly in `data` only: the run directory links the rest, subdirectories too.
        let file = file.strip_prefix("./").unwrap_or(file);
        if file.contains('/') {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(data.join(file)) else {
            continue;
        };
        let code = |l: &str| l.split("//").next().unwrap_or("").to_string();
        if text.lines().any(|l| code(l).contains('@')) {
            continue;
        }
        let tokens: Vec<String> = text
            .lines()
            .flat_map(|l| {
                code(l)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        if tokens.len() as u64 > *words {
            let kept = tokens[..*words as usize].join("\n") + "\n";
            cut.push((PathBuf::from(file), kept));
        }
    }
    if cut.is_empty() {
        return Ok(data.to_path_buf());
    }
    let run = scratch.join("run");
    std::fs::create_dir_all(&run)
        .map_err(|e| Diagnostic::plain(format!("cannot create {}: {e}", run.display())))?;
    let entries = std::fs::read_dir(data)
        .map_err(|e| Diagnostic::plain(format!("{}: {e}", data.display())))?;
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name();
        if cut.iter().any(|(f, _)| f.as_os_str() == name) {
            continue;
        }
        let _ = std::fs::remove_file(run.join(&name));
        std::os::unix::fs::symlink(e.path(), run.join(&name)).map_err(|err| {
            Diagnostic::plain(format!("cannot link {}: {err}", e.path().display()))
        })?;
    }
    for (f, text) in &cut {
        let to = run.join(f);
        std::fs::write(&to, text)
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", to.display())))?;
    }
    Ok(std::path::absolute(&run).unwrap_or(run))
}

/// Build golden and augmented models, run the harness, read its figures.
pub fn verify(
    src: &Sources,
    module: &crate::ir::Module,
    inserted: &Inserted,
    opts: &VerifyOptions,
) -> Result<VerifyReport, Diagnostic> {
    // (--harvest runs periodic inserts too: its brown-outs come without warning.)
    if !opts.sudden && inserted.report.mode == crate::insert::Mode::Periodic {
        return Err(Diagnostic::plain(
            "a periodic insert ignores idet_pwr_warn: verify it with --sudden (losses without warning)".to_string(),
        ));
    }
    built(src, module, inserted, opts, |exe, iface, cwd, _dir| {
        let run = build::run(
            exe,
            opts,
            iface.transactions,
            inserted.report.controller_mode,
            cwd,
        )?;
        Ok(report::build(src.top, iface, &inserted.report, opts, run))
    })
}

/// `verify --harvest`: the same models, one run of the workload on harvested power.
pub fn verify_harvest(
    src: &Sources,
    module: &crate::ir::Module,
    inserted: &Inserted,
    opts: &VerifyOptions,
    h: &harvest::HarvestOptions,
) -> Result<harvest::HarvestReport, Diagnostic> {
    built(src, module, inserted, opts, |exe, iface, cwd, dir| {
        let pts = harvest::trace_points(&h.trace)?;
        let trace = dir.join("harvest-trace.csv");
        let text: String = pts.iter().map(|(t, p)| format!("{t},{p}\n")).collect();
        std::fs::write(&trace, text)
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", trace.display())))?;
        let samples = dir.join("harvest-voltage.csv");
        let ins = &inserted.report;
        let unit_bits = energy::unit_bits(&ins.nvm) as f64;
        let ctrl = energy::insert_controller_bits(ins);
        let e = &opts.energy;
        let cycle_pj =
            e.cycle_energy(opts.state_bits) + crate::plan::energy::EST_PJ_PER_FF * ctrl as f64;
        let fj = |pj: f64| ((pj * 1000.0).round() as u64).max(1).to_string();
        let mv = |v: f64| ((v * 1000.0).round() as u64).to_string();
        let mut c = std::process::Command::new(exe);
        if let Some(d) = cwd {
            c.current_dir(d);
        }
        c.args(["--harvest", "1", "--trace"])
            .arg(&trace)
            .arg("--harvest-csv")
            .arg(&samples)
            .args(["--txns", &iface.transactions.to_string()])
            .args(["--seed", &opts.seed.to_string()])
            .args(["--mode", &ins.controller_mode.to_string()])
            .args([
                "--cap-pf",
                &((h.cap_nf * 1000.0).round() as u64).to_string(),
            ])
            .args([
                "--v-on-mv",
                &mv(h.v_on),
                "--v-warn-mv",
                &mv(h.v_warn),
                "--v-off-mv",
                &mv(h.v_off),
            ])
            .args([
                "--clk-hz",
                &((h.clock_mhz * 1e6).round() as u64).to_string(),
            ])
            .args([
                "--e-cycle-fj",
                &fj(cycle_pj),
                "--e-sleep-fj",
                &fj(cycle_pj / 100.0),
            ])
            .args(["--e-gold-fj", &fj(e.cycle_energy(opts.state_bits))])
            .args(["--e-write-fj", &fj(unit_bits * e.write_pj_per_bit)])
            .args(["--e-read-fj", &fj(unit_bits * e.read_pj_per_bit)])
            .args([
                "--time-limit-ms",
                &((h.time_limit_s * 1000.0).round() as u64).to_string(),
            ]);
        let out = c
            .output()
            .map_err(|e| Diagnostic::plain(format!("cannot run {}: {e}", exe.display())))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let last = stdout
            .lines()
            .rev()
            .find(|l| l.starts_with('{'))
            .ok_or_else(|| {
                Diagnostic::plain(format!(
                    "the harvest run printed no result:\n{stdout}{}",
                    String::from_utf8_lossy(&out.stderr)
                ))
            })?;
        let r: harvest::HarvestResult = serde_json::from_str(last)
            .map_err(|e| Diagnostic::plain(format!("harvest result `{last}`: {e}")))?;
        let rep = harvest::report(src.top, h, r);
        if let Some(svg) = &h.svg {
            harvest::draw(&samples, svg, &rep)?;
        }
        Ok(rep)
    })
}

/// Checks, interface, models built; then `then(harness, interface, run directory for data
/// files, build directory)`.
fn built<T>(
    src: &Sources,
    module: &crate::ir::Module,
    inserted: &Inserted,
    opts: &VerifyOptions,
    then: impl FnOnce(&Path, &iface::Interface, Option<&Path>, &Path) -> Result<T, Diagnostic>,
) -> Result<T, Diagnostic> {
    let mut file = opts.iface.clone();
    if let Some(t) = opts.transactions {
        file.transactions = Some(t);
    }
    let prefix = inserted
        .report
        .added_ports
        .first()
        .and_then(|p| p.name.strip_suffix("pwr_warn"))
        .unwrap_or("idet_")
        .to_string();
    if prefix != "idet_" {
        return Err(Diagnostic::plain(
            "verify drives the controller through the default `idet_` port names: insert with the default --prefix".to_string(),
        ));
    }
    if opts.sudden && inserted.report.mode == crate::insert::Mode::Jit {
        return Err(Diagnostic::plain(
            "--sudden cuts power without warning: a JIT insert only saves after idet_pwr_warn; insert with --mode periodic or --mode hybrid".to_string(),
        ));
    }
    let iface = iface::resolve(
        module,
        &inserted.clock,
        (&inserted.reset, inserted.reset_active_high),
        &file,
        &prefix,
        opts.outputs,
    )?;
    let scratch;
    let dir: &Path = match &opts.keep_dir {
        Some(d) => {
            std::fs::create_dir_all(d)
                .map_err(|e| Diagnostic::plain(format!("cannot create {}: {e}", d.display())))?;
            d
        }
        None => {
            scratch = tempfile::tempdir().map_err(|e| {
                Diagnostic::plain(format!("cannot create a scratch directory: {e}"))
            })?;
            scratch.path()
        }
    };
    let model = harness::NvmModel {
        port: inserted.report.nvm.clone(),
        slot_words: inserted.report.slot_words,
        access_cycles: opts.nvm_access_cycles,
        vlow: inserted.report.adaptive_period,
    };
    let mut nv = vec![];
    for name in &inserted.report.nv_mems {
        let sig = module
            .find(name)
            .map(|s| module.signal(s))
            .filter(|s| s.is_memory())
            .ok_or_else(|| Diagnostic::plain(format!("non-volatile memory `{name}` not found")))?;
        if sig.width() > 64 {
            return Err(Diagnostic::plain(format!(
                "verify keeps non-volatile memories of words up to 64 bits; `{name}` has {}",
                sig.width()
            )));
        }
        nv.push(harness::NvMem {
            cname: format!("{}__DOT__{name}", src.top),
            words: sig.depth(),
        });
    }
    let cwd = data_dir(src, module)?;
    let cwd = cwd.map(|d| fit_data_files(module, &d, dir)).transpose()?;
    // Vendor simulation cells the design's simulation-only code calls (LegUp's Altera memory
    // initialisation): stand-ins added to every model's sources.
    let mut files = src.files.to_vec();
    files.extend(vendor_sim::stand_ins(src.files, dir)?);
    let src = Sources {
        files: &files,
        include_dirs: src.include_dirs,
        defines: src.defines,
        top: src.top,
        sources: src.sources,
    };
    let src = &src;
    let exe = build::build(src, inserted, &iface, &model, &nv, dir, opts)?;
    let exe = std::path::absolute(&exe).unwrap_or(exe);
    then(&exe, &iface, cwd.as_deref(), dir)
}
