//! The `idet` command line: argument parsing only; each subcommand is one library call.

use clap::{Args, Parser, Subcommand};
use idet::analyze::{analyze_design, AnalyzeOptions, Outcome};
use idet::diag::Diagnostic;
use idet::frontend::{read_design, FrontendOptions};
use idet::passes::fsm_detect::FsmOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// idet: make HLS-generated hardware survive power loss.
///
/// Exit codes: 0 success, 1 a check failed, 2 bad input (unreadable file, syntax error,
/// unsupported construct, unknown top module).
#[derive(Parser)]
#[command(name = "idet", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find the control FSM(s) and report, per state, the live registers and live bits.
    ///
    /// Examples:
    ///   idet analyze gcd.v
    ///   idet analyze polyphony_out.v -I out --top gcd --json > gcd.json
    ///   idet analyze top.v --state-reg cur_state --dump-after state-graph
    #[command(verbatim_doc_comment)]
    Analyze(AnalyzeArgs),
    /// Choose checkpoint states: fewest saved bits (or least energy reserve) such that, after a
    /// power warning, a checkpoint state is entered within --max-cycles cycles.
    ///
    /// Examples:
    ///   idet plan gcd.v --max-cycles 8
    ///   idet plan top.v --top kernel --objective min-reserve --nvm stt-mram --json > plan.json
    ///   idet plan top.v --algo both --max-wait 100 --time-limit 30
    #[command(verbatim_doc_comment)]
    Plan(PlanArgs),
    /// Splice an NVM checkpoint controller into the design: after `idet_pwr_warn` it freezes the
    /// design in the next checkpoint state, saves the live registers (double-buffered, CRC), and
    /// restores them after power returns. The original text is kept; every edit is fenced by
    /// `// idet:begin` / `// idet:end`.
    ///
    /// Examples:
    ///   idet insert gcd.v -o gcd_idet.v
    ///   idet plan top.v --json -o plan.json && idet insert top.v --plan plan.json -o out.v
    ///   idet insert top.v --nvm-port spi-fram --spi-addr-bytes 3 --report insert.json -o out.v
    #[command(verbatim_doc_comment)]
    Insert(InsertArgs),
    /// Write a Verilog monitor that records, during a testbench run, the cycles spent in and the
    /// entries into each FSM state, as the profile `idet plan --profile` reads.
    ///
    /// Example:
    ///   idet profile gcd.v --top gcd --dut test.gcd_0 --clock test.clk -o profile.v
    ///   iverilog -g2012 -s test -s idet_profile test.v profile.v && vvp a.out > sim.log
    ///   sed -n '/IDET-PROFILE-BEGIN/,/IDET-PROFILE-END/p' sim.log | sed '1d;$d' > visits.json
    #[command(verbatim_doc_comment)]
    Profile(ProfileArgs),
    /// List the analysis passes (usable with --dump-after).
    PassHelp,
    /// Write a Verilog module that corrupts dead registers during a testbench run
    /// (the liveness-by-simulation check).
    ///
    /// Example:
    ///   idet deadcheck gcd.v --top gcd --dut test.gcd_0 --clock test.clk -o deadcheck.v
    ///   iverilog -g2012 -s test -s idet_deadcheck test.v deadcheck.v && vvp a.out
    #[command(verbatim_doc_comment)]
    Deadcheck(DeadcheckArgs),
    /// Prove the insert under power loss: the original and the augmented design run side by side
    /// under Verilator on a seeded random workload while the augmented one loses power again and
    /// again (after a warning, during a save, during a restore, repeatedly); every transaction the
    /// host sees must equal the original's. Exit 1 on any divergence.
    ///
    /// The host drives ap_ctrl_hs (with ap_memory arrays), Polyphony ready/accept/valid or
    /// start/done; anything else, and input value ranges, through --iface (TOML, see
    /// src/verify/iface.rs). The host stalls while idet_busy is high.
    ///
    /// Examples:
    ///   idet verify gcd.v --iface gcd-iface.toml --losses 10000
    ///   idet verify top.v --plan plan.json --seed 7 --json -o verify.json
    ///   idet verify top.v --nvm-port spi-fram --keep-dir build/verify
    #[command(verbatim_doc_comment)]
    Verify(VerifyArgs),
}

#[derive(Args)]
struct DesignArgs {
    /// Verilog/SystemVerilog files of the design (HLS output).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Top module (default: the only module no other module instantiates).
    #[arg(long)]
    top: Option<String>,
    /// Include directory for `include (repeatable).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Preprocessor define NAME or NAME=VALUE (repeatable).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
    /// Treat this register as a state register even if its reads fail the structural check.
    #[arg(long, value_name = "NAME")]
    state_reg: Vec<String>,
    /// Never treat this register as a state register.
    #[arg(long, value_name = "NAME")]
    not_state_reg: Vec<String>,
}

#[derive(Args)]
struct AnalyzeArgs {
    #[command(flatten)]
    design: DesignArgs,
    /// Write the report as JSON.
    #[arg(long)]
    json: bool,
    /// Stop after this pass and print its result (see `idet pass-help`).
    #[arg(long, value_name = "PASS")]
    dump_after: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// Print the time taken by reading and by each pass to standard error.
    #[arg(long)]
    timings: bool,
}

#[derive(Args)]
struct PlacementArgs {
    /// min-bits (worst backup size) or min-reserve (energy the warning must leave).
    #[arg(long, default_value = "min-bits", value_parser = ["min-bits", "min-reserve", "min-recompute"])]
    objective: String,
    /// dp (exact on chains), ilp (exact on any graph, CBC), or both (compared in the report).
    #[arg(long, default_value = "ilp", value_parser = ["dp", "ilp", "both"])]
    algo: String,
    /// Bound on the cycles from any state until a checkpoint state is entered.
    #[arg(long, default_value_t = 16)]
    max_cycles: u64,
    /// Bound waiting states (self-loops) to this many cycles; by default they are unbounded and
    /// therefore must be checkpoint states.
    #[arg(long)]
    max_wait: Option<u64>,
    /// NVM preset (fram, stt-mram, pcm, flash) or a TOML/JSON energy-model file.
    #[arg(long, default_value = "fram")]
    nvm: String,
    /// Design energy per cycle in pJ (default: estimated from the flip-flop count).
    #[arg(long)]
    cycle_pj: Option<f64>,
    /// Stop the MIP solver after this many seconds (the report then says optimal: false).
    #[arg(long)]
    time_limit: Option<f64>,
    /// Never take a checkpoint in this state (name or code; repeatable).
    #[arg(long, value_name = "STATE")]
    forbid: Vec<String>,
    /// Mean cycles between power failures (min-recompute).
    #[arg(long, default_value_t = 100_000)]
    mcbf: u64,
    /// State-visit profile, JSON `{"states": {"NAME": {"cycles": N, "entries": M}}}`
    /// (min-recompute; default: uniform).
    #[arg(long)]
    profile: Option<PathBuf>,
}

#[derive(Args)]
struct PlanArgs {
    #[command(flatten)]
    design: DesignArgs,
    #[command(flatten)]
    placement: PlacementArgs,
    /// Write the plan as JSON.
    #[arg(long)]
    json: bool,
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

/// How the controller talks to the NVM.
#[derive(Args)]
struct NvmPortArgs {
    /// NVM interface: parallel (request/acknowledge) or spi-fram (serial FRAM commands).
    #[arg(long, default_value = "parallel", value_parser = ["parallel", "spi-fram"])]
    nvm_port: String,
    /// Word width of the parallel NVM port.
    #[arg(long, default_value_t = 32)]
    nvm_word_bits: u32,
    /// Parallel port: 0 = the memory acknowledges; N = fixed N-cycle accesses, no acknowledge.
    #[arg(long, default_value_t = 0)]
    nvm_latency: u32,
    /// SPI FRAM address bytes (2 or 3).
    #[arg(long, default_value_t = 2)]
    spi_addr_bytes: u32,
}

/// What insert needs besides the design: checkpoint states, FSM, NVM port, held outputs.
#[derive(Args)]
struct InsertCommonArgs {
    /// Checkpoint plan written by `idet plan --json` (default: plan now with the options below).
    #[arg(long)]
    plan: Option<PathBuf>,
    #[command(flatten)]
    placement: PlacementArgs,
    /// State register of the FSM whose states are checkpoints (default: the plan's first).
    #[arg(long)]
    fsm: Option<String>,
    #[command(flatten)]
    nvm: NvmPortArgs,
    /// Also hold this output inactive while idet_busy is high (repeatable).
    #[arg(long, value_name = "PORT")]
    hold_output: Vec<String>,
}

#[derive(Args)]
struct InsertArgs {
    #[command(flatten)]
    design: DesignArgs,
    #[command(flatten)]
    insert: InsertCommonArgs,
    /// Prefix of every added port and signal.
    #[arg(long, default_value = "idet_")]
    prefix: String,
    /// Write what was saved per checkpoint, NVM words and added ports as JSON.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// The augmented Verilog (default: standard output).
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct VerifyArgs {
    #[command(flatten)]
    design: DesignArgs,
    #[command(flatten)]
    insert: InsertCommonArgs,
    /// Verify this augmented file instead of inserting now (it must be an `idet insert` output
    /// of the same design with the same options; useful to check a hand-modified insert).
    #[arg(long, value_name = "FILE")]
    augmented: Option<PathBuf>,
    /// Interface description (TOML): handshake, input ranges, outputs, memories.
    #[arg(long, value_name = "FILE")]
    iface: Option<PathBuf>,
    /// Power losses to inject.
    #[arg(long, default_value_t = 200)]
    losses: u64,
    /// Seed of the workload and of the losses (printed in the report; same seed, same run).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Transactions per run of the workload (default: the interface file's, else 4).
    #[arg(long)]
    transactions: Option<u32>,
    /// Build and run in this directory and keep it (sources, iface.h, models, harness).
    #[arg(long, value_name = "DIR")]
    keep_dir: Option<PathBuf>,
    /// Write the report as JSON.
    #[arg(long)]
    json: bool,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// No progress messages on standard error.
    #[arg(short, long)]
    quiet: bool,
}

/// Where the design sits in a testbench (for the generated monitors).
#[derive(Args)]
struct TestbenchArgs {
    /// Hierarchical path of the design instance in the testbench.
    #[arg(long)]
    dut: String,
    /// Hierarchical path of the testbench clock.
    #[arg(long)]
    clock: String,
}

#[derive(Args)]
struct ProfileArgs {
    #[command(flatten)]
    design: DesignArgs,
    #[command(flatten)]
    tb: TestbenchArgs,
    /// State register of the FSM to profile (default: the first FSM).
    #[arg(long)]
    fsm: Option<String>,
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct DeadcheckArgs {
    #[command(flatten)]
    design: DesignArgs,
    #[command(flatten)]
    tb: TestbenchArgs,
    /// Seed of the Verilog random generator.
    #[arg(long, default_value_t = 12345)]
    seed: u32,
    /// Corrupt in about one of N cycles.
    #[arg(long, default_value_t = 1)]
    every: u32,
    /// Stop the simulation after this many cycles.
    #[arg(long, default_value_t = 1_000_000)]
    max_cycles: u64,
    /// Also corrupt this register in every state (mutation check of the harness).
    #[arg(long, value_name = "NAME")]
    assume_dead: Vec<String>,
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

impl DesignArgs {
    fn options(&self) -> Result<AnalyzeOptions, Diagnostic> {
        let mut defines = vec![];
        for d in &self.define {
            defines.push(idet::cli_define::parse_define(d).map_err(Diagnostic::plain)?);
        }
        Ok(AnalyzeOptions {
            files: self.files.clone(),
            frontend: FrontendOptions {
                include_dirs: self.include.clone(),
                defines,
            },
            top: self.top.clone(),
            fsm: FsmOptions {
                force: self.state_reg.clone(),
                forbid: self.not_state_reg.clone(),
            },
        })
    }
}

impl InsertCommonArgs {
    fn options(&self, prefix: &str) -> Result<idet::insert::InsertOptions, Diagnostic> {
        self.nvm.options(&self.fsm, prefix, &self.hold_output)
    }

    /// Analyse, plan (unless --plan), insert.
    fn insert<'d>(
        &self,
        design: &'d idet::ir::Design,
        opts: AnalyzeOptions,
        prefix: &str,
    ) -> Result<(idet::passes::Analysis<'d>, idet::insert::Inserted, f64), Diagnostic> {
        let iopts = self.options(prefix)?;
        let (a, reason, _) =
            idet::analyze::run_passes(design, opts.top.as_deref(), opts.fsm, None)?;
        let popts = self.placement.options()?;
        let source = match &self.plan {
            Some(p) => idet::insert::PlanSource::File(p),
            None => idet::insert::PlanSource::Now(&popts),
        };
        let out = idet::insert::plan_and_insert(&a, &reason, source, &iopts)?;
        Ok((a, out, popts.energy.write_cycles_per_word as f64))
    }
}

impl NvmPortArgs {
    fn options(
        &self,
        fsm: &Option<String>,
        prefix: &str,
        hold: &[String],
    ) -> Result<idet::insert::InsertOptions, Diagnostic> {
        use idet::insert::{InsertOptions, NvmPort};
        let nvm = match self.nvm_port.as_str() {
            "parallel" => {
                if ![8, 16, 32].contains(&self.nvm_word_bits) {
                    return Err(Diagnostic::plain(format!(
                        "--nvm-word-bits must be 8, 16 or 32 (got {})",
                        self.nvm_word_bits
                    )));
                }
                NvmPort::Parallel {
                    word_bits: self.nvm_word_bits,
                    latency: self.nvm_latency,
                }
            }
            _ => {
                if ![2, 3].contains(&self.spi_addr_bytes) {
                    return Err(Diagnostic::plain(format!(
                        "--spi-addr-bytes must be 2 or 3 (got {})",
                        self.spi_addr_bytes
                    )));
                }
                NvmPort::SpiFram {
                    addr_bytes: self.spi_addr_bytes,
                }
            }
        };
        Ok(InsertOptions {
            fsm: fsm.clone(),
            prefix: prefix.to_string(),
            nvm,
            hold_outputs: hold.to_vec(),
        })
    }
}

impl PlacementArgs {
    fn options(&self) -> Result<idet::plan::run::PlanOptions, Diagnostic> {
        use idet::plan::cost::Objective;
        use idet::plan::run::{Algo, PlanOptions};
        let objective = match self.objective.as_str() {
            "min-bits" => Objective::MinBits,
            "min-reserve" => Objective::MinReserve,
            _ => Objective::MinRecompute,
        };
        let profile = match &self.profile {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", p.display())))?;
                Some(
                    serde_json::from_str(&text)
                        .map_err(|e| Diagnostic::plain(format!("{}: {e}", p.display())))?,
                )
            }
            None => None,
        };
        let algo = match self.algo.as_str() {
            "dp" => Algo::Dp,
            "both" => Algo::Both,
            _ => Algo::Ilp,
        };
        let mut energy =
            idet::plan::energy::EnergyModel::load(&self.nvm).map_err(Diagnostic::plain)?;
        if self.cycle_pj.is_some() {
            energy.cycle_pj = self.cycle_pj;
        }
        Ok(PlanOptions {
            objective,
            algo,
            max_cycles: self.max_cycles,
            max_wait: self.max_wait,
            energy,
            time_limit_s: self.time_limit,
            forbid: self.forbid.clone(),
            mcbf: self.mcbf,
            profile,
        })
    }
}

fn write_out(path: &Option<PathBuf>, text: &str) -> Result<(), Diagnostic> {
    match path {
        Some(p) => std::fs::write(p, text)
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", p.display()))),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn run(cli: Cli) -> Result<bool, Diagnostic> {
    match cli.command {
        Command::Verify(args) => verify(args),
        other => run_command(other).map(|()| true),
    }
}

fn run_command(command: Command) -> Result<(), Diagnostic> {
    match command {
        Command::PassHelp => {
            println!("lower        frontend: parse and lower Verilog into the IR (dump: the IR)");
            for p in idet::passes::PASSES {
                println!("{:<12} {}", p.name, p.description);
            }
            Ok(())
        }
        Command::Analyze(args) => {
            let opts = args.design.options()?;
            let t0 = std::time::Instant::now();
            let design = read_design(&opts.files, &opts.frontend)?;
            let read_time = t0.elapsed();
            let outcome = analyze_design(
                &design,
                opts.top.as_deref(),
                opts.fsm,
                args.dump_after.as_deref(),
            );
            if args.timings {
                eprintln!("timing: read+parse+lower {:.3} s", read_time.as_secs_f64());
                for (name, d) in idet::analyze::last_timings() {
                    eprintln!("timing: {name:<12} {:.3} s", d.as_secs_f64());
                }
            }
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
        Command::Plan(args) => {
            let popts = args.placement.options()?;
            let opts = args.design.options()?;
            let design = read_design(&opts.files, &opts.frontend)?;
            let Outcome::Report(r) = analyze_design(&design, opts.top.as_deref(), opts.fsm, None)?
            else {
                unreachable!("no dump requested")
            };
            if r.fsms.is_empty() {
                return Err(Diagnostic::plain(format!(
                    "`{}` has no control FSM: nothing to place checkpoints on",
                    r.top
                )));
            }
            let p = idet::plan::run::plan(&r, &popts)?;
            let text = if args.json {
                serde_json::to_string_pretty(&p).expect("plan serialises") + "\n"
            } else {
                idet::plan::run::to_text(&p)
            };
            write_out(&args.output, &text)
        }
        Command::Insert(args) => {
            let opts = args.design.options()?;
            idet::insert::check_sources(&opts.files)?;
            let design = read_design(&opts.files, &opts.frontend)?;
            let (_, out, _) = args.insert.insert(&design, opts, &args.prefix)?;
            if let Some(r) = &args.report {
                let json = serde_json::to_string_pretty(&out.report).expect("report serialises");
                std::fs::write(r, json + "\n")
                    .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", r.display())))?;
            }
            eprint!("{}", idet::insert::report::to_text(&out.report));
            write_out(&args.output, &out.text)
        }
        Command::Verify(_) => unreachable!("handled by run"),
        Command::Profile(args) => {
            let opts = args.design.options()?;
            let design = read_design(&opts.files, &opts.frontend)?;
            let (a, _, _) =
                idet::analyze::run_passes(&design, opts.top.as_deref(), opts.fsm, None)?;
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
        Command::Deadcheck(args) => {
            let opts = args.design.options()?;
            let design = read_design(&opts.files, &opts.frontend)?;
            let (a, _, _) =
                idet::analyze::run_passes(&design, opts.top.as_deref(), opts.fsm, None)?;
            let module = a.module;
            let mut assume_dead = vec![];
            for n in &args.assume_dead {
                assume_dead.push(module.find(n).ok_or_else(|| {
                    Diagnostic::plain(format!("no signal `{n}` in `{}`", module.name))
                })?);
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
    }
}

/// `idet verify`: exit 0 pass, 1 divergence, 2 bad input or a build failure.
fn verify(args: VerifyArgs) -> Result<bool, Diagnostic> {
    let opts = args.design.options()?;
    idet::insert::check_sources(&opts.files)?;
    let design = read_design(&opts.files, &opts.frontend)?;
    let files = opts.files.clone();
    let frontend = opts.frontend.clone();
    let (a, mut inserted, access_cycles) = args.insert.insert(&design, opts, "idet_")?;
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
    let iface = match &args.iface {
        Some(p) => idet::verify::iface::load(p)?,
        None => Default::default(),
    };
    let vopts = idet::verify::VerifyOptions {
        losses: args.losses,
        seed: args.seed,
        iface,
        transactions: args.transactions,
        keep_dir: args.keep_dir.clone(),
        nvm_access_cycles: (access_cycles as u32).max(1),
        progress: !args.quiet,
    };
    let top = a.module.name.clone();
    let src = idet::verify::Sources {
        files: &files,
        include_dirs: &frontend.include_dirs,
        defines: &frontend.defines,
        top: &top,
    };
    let r = idet::verify::verify(&src, a.module, &inserted, &vopts)?;
    let text = if args.json {
        serde_json::to_string_pretty(&r).expect("report serialises") + "\n"
    } else {
        idet::verify::report::to_text(&r)
    };
    write_out(&args.output, &text)?;
    Ok(r.passed)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(d) => {
            eprintln!("{d}");
            ExitCode::from(2)
        }
    }
}
