//! The `idet` command line: argument parsing (clap) and dispatch; the pieces are in `cli/`.

mod cli;

use clap::{Parser, Subcommand};
use cli::args::*;
use cli::{commands, Ui};
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Typical flow:
  idet analyze kernel.v --top kernel              # FSMs and live bits per state
  idet plan kernel.v --max-cycles 16 --json -o plan.json
  idet insert kernel.v --plan plan.json -o kernel_idet.v --report insert.json
  idet verify kernel.v --plan plan.json --losses 10000
  idet report kernel.v -o report/ --png           # FSM graph, live-bits chart, QoR table

Exit codes:
  0  success
  1  a check failed (idet verify found a divergence)
  2  bad input: unreadable file, syntax error, unsupported construct (named, with file:line),
     unknown top module, infeasible plan, bad option, tool (Verilator) failure

`idet <command> --help` explains each command, with examples.";

/// idet: make HLS-generated hardware survive power loss.
#[derive(Parser)]
#[command(name = "idet", version, about, long_about = None, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Only errors and notes on standard error (no progress bars, no insert summary).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print how long each stage and analysis pass took.
    #[arg(short, long, global = true)]
    verbose: bool,
}

// Parsed once per run: the size of the largest subcommand's options does not matter.
#[allow(clippy::large_enum_variant)]
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
    ///   idet plan fir.v --nv-mem array102      # write-after-read constraint, reports its cost
    #[command(verbatim_doc_comment)]
    Plan(PlanArgs),
    /// Splice an NVM checkpoint controller into the design: after `idet_pwr_warn` it freezes the
    /// design in the next checkpoint state, saves the live registers (double-buffered, committed by its tag), and
    /// restores them after power returns. The original text is kept; every edit is fenced by
    /// `// idet:begin` / `// idet:end`.
    ///
    /// Examples:
    ///   idet insert gcd.v -o gcd_idet.v
    ///   idet plan top.v --json -o plan.json && idet insert top.v --plan plan.json -o out.v
    ///   idet insert top.v --nvm-port spi-fram --spi-addr-bytes 3 --report insert.json -o out.v
    ///   idet insert fir.v --mode periodic --period 100 --nv-mem array102 -o fir_idet.v
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
    /// again (after a warning, during a save, during a restore, repeatedly; with --sudden: without
    /// warning at random cycles, for periodic and hybrid inserts); every transaction the host sees
    /// must equal the original's. Exit 1 on any divergence.
    ///
    /// The host drives ap_ctrl_hs (with ap_memory arrays), Polyphony ready/accept/valid or
    /// start/done; anything else, and input value ranges, through --iface (TOML, see
    /// src/verify/iface.rs). The host stalls while idet_busy is high.
    ///
    /// Examples:
    ///   idet verify gcd.v --iface gcd-iface.toml --losses 10000
    ///   idet verify top.v --plan plan.json --seed 7 --json -o verify.json
    ///   idet verify top.v --nvm-port spi-fram --keep-dir build/verify
    ///   idet verify fir.v --mode periodic --period 100 --nv-mem array102 --sudden --losses 10000
    #[command(verbatim_doc_comment)]
    Verify(VerifyArgs),
    /// Draw the analysis and the plan: per FSM a Graphviz graph (checkpoint states with a double
    /// blue border, states filled by live bits as a heat colour, guards on the edges), a live-bits
    /// bar chart, and a QoR table, in one directory with an index.html that shows them all.
    /// Graph rendering needs Graphviz `dot` (Debian package graphviz); without it the .dot files
    /// are still written.
    ///
    /// Examples:
    ///   idet report gcd.v -o gcd-report/            # gcd_state.svg, gcd_state-live-bits.svg, qor.md, index.html
    ///   idet report top.v --top kernel --max-cycles 8 --png -o report/
    ///   idet report top.v --no-render -o report/ && dot -Tpdf report/ap_CS_fsm.dot -o fsm.pdf
    #[command(verbatim_doc_comment)]
    Report(ReportArgs),
}

fn run(cli: Cli) -> Result<bool, idet::diag::Diagnostic> {
    let ui = Ui {
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    match cli.command {
        Command::Analyze(a) => commands::analyze(a, &ui)?,
        Command::Plan(a) => commands::plan(a, &ui)?,
        Command::Insert(a) => commands::insert(a, &ui)?,
        Command::Verify(a) => return commands::verify(a, &ui),
        Command::Report(a) => commands::report(a, &ui)?,
        Command::Profile(a) => commands::profile(a, &ui)?,
        Command::PassHelp => commands::pass_help(),
        Command::Deadcheck(a) => commands::deadcheck(a, &ui)?,
    }
    Ok(true)
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
