//! One function per subcommand: read the design, call the library, write the result.
//! Standard output carries the result (report, Verilog); standard error the progress and notes.

use super::args::*;
use super::Ui;
use idet::analyze::{analyze_design, Outcome};
use idet::diag::Diagnostic;
use idet::frontend::read_design;
use idet::report::analyze::AnalyzeReport;
use std::path::PathBuf;
use std::time::Instant;

pub fn write_out(path: &Option<PathBuf>, text: &str) -> Result<(), Diagnostic> {
    match path {
        Some(p) => std::fs::write(p, text)
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", p.display()))),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

pub fn pass_help() {
    println!("lower        frontend: parse and lower Verilog into the IR (dump: the IR)");
    for p in idet::passes::PASSES {
        println!("{:<12} {}", p.name, p.description);
    }
}

/// Read and lower the design files, timing it for `-v`.
fn read(ui: &Ui, opts: &idet::analyze::AnalyzeOptions) -> Result<idet::ir::Design, Diagnostic> {
    let t0 = Instant::now();
    let design = read_design(&opts.files, &opts.frontend)?;
    ui.timing("read+parse+lower", t0);
    Ok(design)
}

fn pass_timings(ui: &Ui) {
    if ui.verbose {
        for (name, d) in idet::analyze::last_timings() {
            eprintln!("timing: {name:<16} {:.3} s", d.as_secs_f64());
        }
    }
}

pub fn analyze(args: AnalyzeArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let opts = args.design.options()?;
    // --timings predates -v and means the same for this command.
    let ui = &Ui {
        verbose: ui.verbose || args.timings,
        ..*ui
    };
    let design = read(ui, &opts)?;
    let outcome = analyze_design(
        &design,
        opts.top.as_deref(),
        opts.fsm,
        args.dump_after.as_deref(),
    );
    pass_timings(ui);
    match outcome? {
        Outcome::Dump(d) => write_out(&args.output, &d),
        Outcome::Report(r) => {
            let text = if args.json {
                serde_json::to_string_pretty(&*r).expect("report serialises") + "\n"
            } else {
                idet::report::analyze::to_text(&r)
            };
            write_out(&args.output, &text)
        }
    }
}

/// Analyse and plan (the shared first half of `plan` and `report`).
fn analyze_and_plan(
    design_args: &DesignArgs,
    placement: &PlacementArgs,
    ui: &Ui,
    need_fsm: bool,
) -> Result<(Box<AnalyzeReport>, idet::plan::run::PlanReport), Diagnostic> {
    let popts = placement.options()?;
    let opts = design_args.options()?;
    let design = read(ui, &opts)?;
    let Outcome::Report(r) = analyze_design(&design, opts.top.as_deref(), opts.fsm, None)? else {
        unreachable!("no dump requested")
    };
    pass_timings(ui);
    if r.fsms.is_empty() && need_fsm {
        return Err(Diagnostic::plain(format!(
            "`{}` has no control FSM: nothing to place checkpoints on",
            r.top
        )));
    }
    let t0 = Instant::now();
    let p = idet::plan::run::plan(&r, &popts)?;
    ui.timing("plan", t0);
    Ok((r, p))
}

pub fn plan(args: PlanArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let (_, p) = analyze_and_plan(&args.design, &args.placement, ui, false)?;
    let text = if args.json {
        serde_json::to_string_pretty(&p).expect("plan serialises") + "\n"
    } else {
        idet::plan::run::to_text(&p)
    };
    write_out(&args.output, &text)
}

pub fn insert(args: InsertArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let opts = args.design.options()?;
    idet::insert::check_sources(&opts.files)?;
    let design = read(ui, &opts)?;
    let t0 = Instant::now();
    let (_, out, _) = args.insert.insert(&design, opts, &args.prefix)?;
    ui.timing("analyze+plan+insert", t0);
    if let Some(r) = &args.report {
        let json = serde_json::to_string_pretty(&out.report).expect("report serialises");
        std::fs::write(r, json + "\n")
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", r.display())))?;
    }
    if !ui.quiet {
        eprint!("{}", idet::insert::report::to_text(&out.report));
    }
    let dirs: Vec<_> = args.design.files.iter().filter(|p| p.is_dir()).collect();
    match (dirs.as_slice(), &args.output) {
        ([dir], Some(o)) => {
            let written = idet::inputs::write_output_dir(dir, o, &out.path, &out.text)?;
            if !ui.quiet {
                eprintln!(
                    "wrote {} (augmented) and copies of the other files of {} under {}",
                    written.display(),
                    dir.display(),
                    o.display()
                );
            }
            Ok(())
        }
        ([_, _, ..], Some(_)) => Err(Diagnostic::plain(
            "insert -o with several input directories: give one HLS output directory",
        )),
        _ => write_out(&args.output, &out.text),
    }
}

pub fn report(args: ReportArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let (r, p) = analyze_and_plan(&args.design, &args.placement, ui, true)?;
    let o = idet::report::bundle::ReportOptions {
        render: !args.no_render,
        png: args.png,
    };
    let t0 = Instant::now();
    let w = idet::report::bundle::write_report(&args.output, &r, &p, &o)?;
    ui.timing("report", t0);
    for n in &w.notes {
        eprintln!("note: {n}");
    }
    if !ui.quiet {
        for f in &w.files {
            eprintln!("wrote {}", f.display());
        }
    }
    Ok(())
}

pub fn profile(args: ProfileArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let opts = args.design.options()?;
    let design = read(ui, &opts)?;
    let (a, _, _) = idet::analyze::run_passes(&design, opts.top.as_deref(), opts.fsm, None)?;
    let module = a.module;
    let fsm = match &args.fsm {
        None if a.fsms.is_empty() => {
            return Err(Diagnostic::plain(format!(
                "`{}` has no control FSM to profile",
                module.name
            )))
        }
        None => 0,
        Some(n) => a
            .fsms
            .iter()
            .position(|f| module.name_of(f.reg) == n)
            .ok_or_else(|| {
                Diagnostic::plain(format!(
                    "`{n}` is not a state register of `{}`",
                    module.name
                ))
            })?,
    };
    let text = idet::emit::profile::emit(
        &a,
        &idet::emit::profile::ProfileOptions {
            dut: args.tb.dut,
            clock: args.tb.clock,
            fsm,
        },
    );
    write_out(&args.output, &text)
}

pub fn deadcheck(args: DeadcheckArgs, ui: &Ui) -> Result<(), Diagnostic> {
    let opts = args.design.options()?;
    let design = read(ui, &opts)?;
    let (a, _, _) = idet::analyze::run_passes(&design, opts.top.as_deref(), opts.fsm, None)?;
    let module = a.module;
    let mut assume_dead = vec![];
    for n in &args.assume_dead {
        assume_dead.push(
            module.find(n).ok_or_else(|| {
                Diagnostic::plain(format!("no signal `{n}` in `{}`", module.name))
            })?,
        );
    }
    let text = idet::emit::deadcheck::emit(
        &a,
        &idet::emit::deadcheck::DeadcheckOptions {
            dut: args.tb.dut,
            clock: args.tb.clock,
            seed: args.seed,
            every: args.every,
            assume_dead,
            max_cycles: args.max_cycles,
        },
    );
    write_out(&args.output, &text)
}

/// `idet verify`: Ok(false) on a divergence (exit 1).
pub fn verify(mut args: VerifyArgs, ui: &Ui) -> Result<bool, Diagnostic> {
    let opts = args.design.options()?;
    idet::insert::check_sources(&opts.files)?;
    let design = read(ui, &opts)?;
    let files = opts.files.clone();
    let frontend = opts.frontend.clone();
    let iface = match &args.iface {
        Some(p) => idet::verify::iface::load(p)?,
        None => Default::default(),
    };
    // The outputs the interface file says the host acts on are host-visible: the insert must
    // commit (or erase) before they change, as --hold-output would make it.
    let mut notes = vec![];
    // Streams the interface file names get their sequence counters from insert.
    for st in &iface.streams {
        if !args.insert.stream.contains(st) {
            args.insert.stream.push(st.clone());
        }
    }
    if let Some(m) = idet::analyze::choose_top(&design, opts.top.as_deref())
        .ok()
        .map(|(m, _)| m)
    {
        for n in [&iface.done, &iface.ready].into_iter().flatten() {
            if !idet::insert::recognised_handshake(m, n) && !args.insert.hold_output.contains(n) {
                args.insert.hold_output.push(n.clone());
                notes.push(format!(
                    "the host acts on `{n}` (interface file): verified as if `--hold-output {n}` were given; give it to idet insert too"
                ));
            }
        }
    }
    let t0 = Instant::now();
    let (a, mut inserted, energy) = args.insert.insert(&design, opts, "idet_")?;
    ui.timing("analyze+plan+insert", t0);
    if let Some(f) = &args.augmented {
        let text = std::fs::read_to_string(f)
            .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", f.display())))?;
        if idet::emit::splice::strip(&text) != inserted.original {
            return Err(Diagnostic::plain(format!(
                "{}: without its idet regions it is not {}: not an insert of this design",
                f.display(),
                inserted.path.display()
            )));
        }
        inserted.text = text;
    }
    for n in &notes {
        eprintln!("note: {n}");
    }
    let deadcheck = if args.deadcheck > 0 || !args.deadcheck_assume_dead.is_empty() {
        let mut assume_dead = vec![];
        for n in &args.deadcheck_assume_dead {
            assume_dead.push(a.module.find(n).ok_or_else(|| {
                Diagnostic::plain(format!("no signal `{n}` in `{}`", a.module.name))
            })?);
        }
        Some(idet::verify::Deadcheck::new(
            &a,
            &inserted.clock,
            args.deadcheck.max(1),
            &assume_dead,
        )?)
    } else {
        None
    };
    let vopts = idet::verify::VerifyOptions {
        losses: args.losses,
        seed: args.seed,
        iface,
        transactions: args.transactions,
        keep_dir: args.keep_dir.clone(),
        nvm_access_cycles: energy.write_cycles_per_word.max(1),
        state_bits: idet::report::analyze::build(&a, "").total_state_bits,
        energy,
        progress: !ui.quiet,
        sudden: args.sudden,
        deadcheck,
        verilator_args: args.verilator_arg.clone(),
        outputs: a.options.outputs,
    };
    let top = a.module.name.clone();
    let src = idet::verify::Sources {
        files: &files,
        include_dirs: &frontend.include_dirs,
        defines: &frontend.defines,
        top: &top,
        sources: &a.design.sources,
    };
    if let Some(trace) = &args.harvest {
        if !(args.v_off < args.v_warn && args.v_warn < args.v_on) || args.cap_nf <= 0.0 {
            return Err(Diagnostic::plain(
                "--harvest needs --v-off < --v-warn < --v-on and a positive --cap-nf".to_string(),
            ));
        }
        let h = idet::verify::harvest::HarvestOptions {
            trace: trace.clone(),
            cap_nf: args.cap_nf,
            v_on: args.v_on,
            v_warn: args.v_warn,
            v_off: args.v_off,
            clock_mhz: args.clock_mhz,
            time_limit_s: args.harvest_time_limit,
            svg: args.harvest_svg.clone(),
        };
        let t0 = Instant::now();
        let r = idet::verify::verify_harvest(&src, a.module, &inserted, &vopts, &h)?;
        ui.timing("build+simulate", t0);
        let text = if args.json {
            serde_json::to_string_pretty(&r).expect("report serialises") + "\n"
        } else {
            idet::verify::harvest::to_text(&r)
        };
        write_out(&args.output, &text)?;
        return Ok(r.passed);
    }
    let t0 = Instant::now();
    let r = idet::verify::verify(&src, a.module, &inserted, &vopts)?;
    ui.timing("build+simulate", t0);
    let text = if args.json {
        serde_json::to_string_pretty(&r).expect("report serialises") + "\n"
    } else {
        idet::verify::report::to_text(&r)
    };
    write_out(&args.output, &text)?;
    Ok(r.passed)
}
