//! Argument groups shared by the subcommands (clap derive) and their conversion into the
//! library's option structs.

use clap::Args;
use idet::analyze::AnalyzeOptions;
use idet::diag::Diagnostic;
use idet::frontend::FrontendOptions;
use idet::passes::fsm_detect::FsmOptions;
use std::path::PathBuf;

#[derive(Args)]
pub struct DesignArgs {
    /// Verilog/SystemVerilog files of the design, or an HLS output directory (every .v/.sv
    /// in it, its .vh includes found; e.g. Vitis `solution1/syn/verilog`).
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// Top module (default: the only module no other module instantiates).
    #[arg(long)]
    pub top: Option<String>,
    /// Include directory for `include (repeatable).
    #[arg(short = 'I', value_name = "DIR")]
    pub include: Vec<PathBuf>,
    /// Preprocessor define NAME or NAME=VALUE (repeatable).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    pub define: Vec<String>,
    /// Treat this register as a state register even if its reads fail the structural check.
    #[arg(long, value_name = "NAME")]
    pub state_reg: Vec<String>,
    /// Never treat this register as a state register.
    #[arg(long, value_name = "NAME")]
    pub not_state_reg: Vec<String>,
    /// When a host looks at the outputs: `protocol` (default) only while the output's valid
    /// is high (TDATA with TVALID, ap_return with ap_done, <x> with <x>_ap_vld, ap_memory
    /// address/d/we with ce, ap_fifo din with write, AXI channel fields with their VALID,
    /// Polyphony <fn>_out_<k> with <fn>_valid, LegUp return_val with finish, Bambu return_port
    /// with done_port), so a register read only by an output nobody looks at is dead there;
    /// `always`: every output in every cycle (for a host that samples outside the protocol).
    #[arg(long, value_name = "RULE", default_value = "protocol", value_parser = ["protocol", "always"])]
    pub observe_outputs: String,
}

#[derive(Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    /// Write the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Stop after this pass and print its result (see `idet pass-help`).
    #[arg(long, value_name = "PASS")]
    pub dump_after: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Print the time taken by reading and by each pass to standard error.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Args)]
pub struct PlacementArgs {
    /// min-bits (worst backup size) or min-reserve (energy the warning must leave).
    #[arg(long, default_value = "min-bits", value_parser = ["min-bits", "min-reserve", "min-recompute"])]
    pub objective: String,
    /// dp (exact on chains), ilp (exact on any graph, CBC), or both (compared in the report).
    #[arg(long, default_value = "ilp", value_parser = ["dp", "ilp", "both"])]
    pub algo: String,
    /// Bound on the cycles from any state until a checkpoint state is entered.
    #[arg(long, default_value_t = 16)]
    pub max_cycles: u64,
    /// Bound waiting states (self-loops) to this many cycles; by default they are unbounded and
    /// therefore must be checkpoint states.
    #[arg(long)]
    pub max_wait: Option<u64>,
    /// NVM preset (fram, stt-mram, pcm, flash) or a TOML/JSON energy-model file.
    #[arg(long, default_value = "fram")]
    pub nvm: String,
    /// Design energy per cycle in pJ (default: estimated from the flip-flop count).
    #[arg(long)]
    pub cycle_pj: Option<f64>,
    /// Stop the MIP solver after this many seconds (the report then says optimal: false).
    #[arg(long)]
    pub time_limit: Option<f64>,
    /// Never take a checkpoint in this state (name or code; repeatable).
    #[arg(long, value_name = "STATE")]
    pub forbid: Vec<String>,
    /// Mean cycles between power failures (min-recompute).
    #[arg(long, default_value_t = 100_000)]
    pub mcbf: u64,
    /// State-visit profile, JSON `{"states": {"NAME": {"cycles": N, "entries": M}}}`
    /// (min-recompute; default: uniform).
    #[arg(long)]
    pub profile: Option<PathBuf>,
    /// Declare this memory (array) non-volatile (repeatable): never saved, but every path from a
    /// read of it to a later write must enter a checkpoint state (committed on every entry;
    /// insert needs --mode periodic or hybrid). The plan reports the extra cost.
    #[arg(long, value_name = "NAME")]
    pub nv_mem: Vec<String>,
}

#[derive(Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub placement: PlacementArgs,
    /// Write the plan as JSON.
    #[arg(long)]
    pub json: bool,
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

/// How the controller talks to the NVM.
#[derive(Args)]
pub struct NvmPortArgs {
    /// NVM interface: parallel (request/acknowledge) or spi-fram (serial FRAM commands).
    #[arg(long, default_value = "parallel", value_parser = ["parallel", "spi-fram"])]
    pub nvm_port: String,
    /// Word width of the parallel NVM port.
    #[arg(long, default_value_t = 32)]
    pub nvm_word_bits: u32,
    /// Parallel port: 0 = the memory acknowledges; N = fixed N-cycle accesses, no acknowledge.
    #[arg(long, default_value_t = 0)]
    pub nvm_latency: u32,
    /// SPI FRAM address bytes (2 or 3).
    #[arg(long, default_value_t = 2)]
    pub spi_addr_bytes: u32,
}

/// What insert needs besides the design: checkpoint states, FSM, NVM port, held outputs.
#[derive(Args)]
pub struct InsertCommonArgs {
    /// Checkpoint plan written by `idet plan --json` (default: plan now with the options below).
    #[arg(long)]
    pub plan: Option<PathBuf>,
    #[command(flatten)]
    pub placement: PlacementArgs,
    /// State register of the FSM whose states are checkpoints (default: the plan's first).
    #[arg(long)]
    pub fsm: Option<String>,
    #[command(flatten)]
    pub nvm: NvmPortArgs,
    /// Also hold this output inactive while idet_busy is high (repeatable).
    #[arg(long, value_name = "PORT")]
    pub hold_output: Vec<String>,
    /// A ready/valid (or valid-only) stream, when its ports are not named `x`/`x_valid`/`x_ready`
    /// or `p_valid`/`p_ready`/`p_*`: VALID[/READY][=DATA,...] (repeatable). Each stream gets a
    /// 32-bit counter of transferred items, `idet_seq_<name>`, saved in every checkpoint: after
    /// a rollback the host resumes a stream at that item.
    #[arg(long, value_name = "SPEC", value_parser = idet::insert::streams::parse_spec)]
    pub stream: Vec<idet::insert::streams::StreamSpec>,
    /// jit: save after idet_pwr_warn (and where the design keeps state from one job to the next,
    /// commit before each host-visible output change: the insert report says which); periodic:
    /// commit on entry to checkpoint states every --period cycles and before any host-visible
    /// output change (survives losses without warning); hybrid: both.
    #[arg(long, default_value = "jit", value_parser = ["jit", "periodic", "hybrid"])]
    pub mode: String,
    /// Periodic/hybrid: least running cycles between periodic commits (0: on every entry).
    #[arg(long, default_value_t = 0)]
    pub period: u32,
    /// Periodic/hybrid: energy-adaptive period — an added input `idet_vlow` (a comparator on
    /// the storage capacitor: the energy is low) makes the controller commit at --period / 8.
    #[arg(long)]
    pub adaptive_period: bool,
}

#[derive(Args)]
pub struct InsertArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub insert: InsertCommonArgs,
    /// Prefix of every added port and signal.
    #[arg(long, default_value = "idet_")]
    pub prefix: String,
    /// Write what was saved per checkpoint, NVM words and added ports as JSON.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// The augmented Verilog (default: standard output). With a directory as input: the
    /// output directory, which gets copies of every input file with the augmented one replaced.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub insert: InsertCommonArgs,
    /// Verify this augmented file instead of inserting now (it must be an `idet insert` output
    /// of the same design with the same options; useful to check a hand-modified insert).
    #[arg(long, value_name = "FILE")]
    pub augmented: Option<PathBuf>,
    /// Interface description (TOML): handshake, input ranges, outputs, memories.
    #[arg(long, value_name = "FILE")]
    pub iface: Option<PathBuf>,
    /// Power losses to inject.
    #[arg(long, default_value_t = 200)]
    pub losses: u64,
    /// Cut power without warning at random cycles (while running, saving, committing, booting;
    /// also several in a row); needs --mode periodic or hybrid. Hybrid also gets warned losses.
    #[arg(long)]
    pub sudden: bool,
    /// Seed of the workload and of the losses (printed in the report; same seed, same run).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Transactions per run of the workload (default: the interface file's, else 4).
    #[arg(long)]
    pub transactions: Option<u32>,
    /// Build and run in this directory and keep it (sources, iface.h, models, harness).
    #[arg(long, value_name = "DIR")]
    pub keep_dir: Option<PathBuf>,
    /// Also prove the liveness analysis by simulation: RUNS runs of the golden workload on the
    /// original design with every register and memory word the analysis calls dead in the
    /// current state overwritten with random values at every falling clock edge; the host must
    /// see the golden transactions (one more Verilator build of the original).
    #[arg(long, value_name = "RUNS", default_value_t = 0)]
    pub deadcheck: u64,
    /// Pass this argument to Verilator for every model (repeatable), e.g. `-Wno-BLKANDNBLK`
    /// for LegUp memory controllers, which drive bit 0 of a register from a combinational block
    /// and the other bits from a clocked one (Verilator refuses that unless told).
    #[arg(long, value_name = "ARG", allow_hyphen_values = true)]
    pub verilator_arg: Vec<String>,
    /// Liveness check: treat this register as dead everywhere (a live one must be caught: the
    /// check's own mutation test).
    #[arg(long, value_name = "REG", hide = true)]
    pub deadcheck_assume_dead: Vec<String>,
    /// Instead of random losses, run the workload once on harvested power: a capacitor charged
    /// by this power trace (`rf`: 30 µW for 2 ms of every 10 ms; `solar`: 0 → 30 µW → 0 over
    /// 2 s; or a CSV of `time_s,power_w` lines, repeating) and drained by the design per cycle
    /// (the --nvm model); warning and brown-out come from its voltage.
    #[arg(long, value_name = "TRACE")]
    pub harvest: Option<String>,
    /// --harvest: storage capacitor (nF).
    #[arg(long, default_value_t = 10.0)]
    pub cap_nf: f64,
    /// --harvest: turn-on, warning and brown-out voltages (V).
    #[arg(long, default_value_t = 3.0)]
    pub v_on: f64,
    #[arg(long, default_value_t = 2.4)]
    pub v_warn: f64,
    #[arg(long, default_value_t = 1.8)]
    pub v_off: f64,
    /// --harvest: clock frequency (MHz).
    #[arg(long, default_value_t = 1.0)]
    pub clock_mhz: f64,
    /// --harvest: give up after this much simulated time (s).
    #[arg(long, default_value_t = 600.0)]
    pub harvest_time_limit: f64,
    /// --harvest: draw the capacitor voltage with boots, commits and brown-outs (SVG).
    #[arg(long, value_name = "FILE")]
    pub harvest_svg: Option<PathBuf>,
    /// Write the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub placement: PlacementArgs,
    /// Directory for the pictures and tables (created if missing).
    #[arg(short = 'o', long, default_value = "idet-report")]
    pub output: PathBuf,
    /// Also render each FSM graph to PNG.
    #[arg(long)]
    pub png: bool,
    /// Write the Graphviz .dot files only (do not run `dot`).
    #[arg(long)]
    pub no_render: bool,
}

/// Where the design sits in a testbench (for the generated monitors).
#[derive(Args)]
pub struct TestbenchArgs {
    /// Hierarchical path of the design instance in the testbench.
    #[arg(long)]
    pub dut: String,
    /// Hierarchical path of the testbench clock.
    #[arg(long)]
    pub clock: String,
}

#[derive(Args)]
pub struct ProfileArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub tb: TestbenchArgs,
    /// State register of the FSM to profile (default: the first FSM).
    #[arg(long)]
    pub fsm: Option<String>,
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
pub struct DeadcheckArgs {
    #[command(flatten)]
    pub design: DesignArgs,
    #[command(flatten)]
    pub tb: TestbenchArgs,
    /// Seed of the Verilog random generator.
    #[arg(long, default_value_t = 12345)]
    pub seed: u32,
    /// Corrupt in about one of N cycles.
    #[arg(long, default_value_t = 1)]
    pub every: u32,
    /// Stop the simulation after this many cycles.
    #[arg(long, default_value_t = 1_000_000)]
    pub max_cycles: u64,
    /// Also corrupt this register in every state (mutation check of the harness).
    #[arg(long, value_name = "NAME")]
    pub assume_dead: Vec<String>,
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

impl DesignArgs {
    pub fn options(&self) -> Result<AnalyzeOptions, Diagnostic> {
        let mut defines = vec![];
        for d in &self.define {
            defines.push(idet::cli_define::parse_define(d).map_err(Diagnostic::plain)?);
        }
        let inputs = idet::inputs::expand(&self.files)?;
        let mut include_dirs = self.include.clone();
        include_dirs.extend(inputs.include_dirs);
        Ok(AnalyzeOptions {
            files: inputs.files,
            frontend: FrontendOptions {
                include_dirs,
                defines,
            },
            top: self.top.clone(),
            fsm: FsmOptions {
                force: self.state_reg.clone(),
                forbid: self.not_state_reg.clone(),
                outputs: match self.observe_outputs.as_str() {
                    "always" => idet::passes::qualifiers::OutputRule::Always,
                    _ => idet::passes::qualifiers::OutputRule::Protocol,
                },
            },
        })
    }
}

impl InsertCommonArgs {
    pub fn options(&self, prefix: &str) -> Result<idet::insert::InsertOptions, Diagnostic> {
        let mut o = self.nvm.options(&self.fsm, prefix, &self.hold_output)?;
        o.mode = match self.mode.as_str() {
            "periodic" => idet::insert::Mode::Periodic,
            "hybrid" => idet::insert::Mode::Hybrid,
            _ => idet::insert::Mode::Jit,
        };
        o.period = self.period;
        o.adaptive_period = self.adaptive_period;
        if o.adaptive_period && o.mode == idet::insert::Mode::Jit {
            return Err(Diagnostic::plain(
                "--adaptive-period changes the period of periodic commits: give --mode periodic or --mode hybrid".to_string(),
            ));
        }
        o.streams = self.stream.clone();
        Ok(o)
    }

    /// Analyse, plan (unless --plan), insert.
    pub fn insert<'d>(
        &self,
        design: &'d idet::ir::Design,
        opts: AnalyzeOptions,
        prefix: &str,
    ) -> Result<
        (
            idet::passes::Analysis<'d>,
            idet::insert::Inserted,
            idet::plan::energy::EnergyModel,
        ),
        Diagnostic,
    > {
        let iopts = self.options(prefix)?;
        let (a, reason, _) =
            idet::analyze::run_passes(design, opts.top.as_deref(), opts.fsm, None)?;
        let popts = self.placement.options()?;
        let source = match &self.plan {
            Some(p) => idet::insert::PlanSource::File(p),
            None => idet::insert::PlanSource::Now(&popts),
        };
        let out = idet::insert::plan_and_insert(&a, &reason, source, &iopts)?;
        Ok((a, out, popts.energy))
    }
}

impl NvmPortArgs {
    pub fn options(
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
            ..InsertOptions::default()
        })
    }
}

impl PlacementArgs {
    pub fn options(&self) -> Result<idet::plan::run::PlanOptions, Diagnostic> {
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
            nv_mems: self.nv_mem.clone(),
        })
    }
}
