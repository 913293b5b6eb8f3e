//! `idet analyze`: read the design, choose the top, run the passes, build the report.

use crate::diag::Diagnostic;
use crate::frontend::{read_design, FrontendOptions};
use crate::ir::{Design, Module};
use crate::passes::fsm_detect::FsmOptions;
use crate::passes::{self, Analysis};
use crate::report::analyze::{build, AnalyzeReport};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct AnalyzeOptions {
    pub files: Vec<PathBuf>,
    pub frontend: FrontendOptions,
    pub top: Option<String>,
    pub fsm: FsmOptions,
}

/// The top module: the one named, or the only one no other module instantiates.
pub fn choose_top<'d>(
    design: &'d Design,
    top: Option<&str>,
) -> Result<(&'d Module, String), Diagnostic> {
    if let Some(t) = top {
        if let Some(why) = design.unlowered(t) {
            return Err(why.clone());
        }
        return match design.module(t) {
            Some(m) => Ok((m, "given by --top".into())),
            None => Err(Diagnostic::plain(format!(
                "unknown top module `{t}` (modules read: {})",
                module_list(design)
            ))),
        };
    }
    let instantiated: std::collections::HashSet<&str> = design
        .modules
        .iter()
        .flat_map(|m| m.instances.iter().map(|i| i.module.as_str()))
        .collect();
    let mut candidates: Vec<&Module> = design
        .modules
        .iter()
        .filter(|m| !instantiated.contains(m.name.as_str()))
        .collect();
    // Modules that could not be lowered: when nothing else is left, the first one's reason is
    // the answer (a one-module file with an unsupported construct).
    if candidates.is_empty() {
        if let Some((_, why)) = design.unlowered.first() {
            return Err(why.clone());
        }
    }
    match candidates.len() {
        0 => Err(Diagnostic::plain(format!(
            "no top module: every module is instantiated by another (modules: {}); pass --top",
            module_list(design)
        ))),
        1 => Ok((
            candidates[0],
            "the only module no other module instantiates".into(),
        )),
        _ => {
            // Several roots: take the one with the most instances, then the most signals.
            candidates.sort_by_key(|m| std::cmp::Reverse((m.instances.len(), m.signals.len())));
            let names: Vec<&str> = candidates.iter().map(|m| m.name.as_str()).collect();
            Ok((
                candidates[0],
                format!(
                    "chosen among {} uninstantiated modules [{}] as the largest; pass --top to choose",
                    names.len(),
                    names.join(", ")
                ),
            ))
        }
    }
}

fn module_list(d: &Design) -> String {
    d.modules
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub enum Outcome {
    Report(Box<AnalyzeReport>),
    Dump(String),
}

/// Pass timings of the last `analyze_design` call on this thread, for `--timings`.
pub fn last_timings() -> Vec<(&'static str, std::time::Duration)> {
    TIMINGS.with(|t| t.borrow().clone())
}

thread_local! {
    static TIMINGS: std::cell::RefCell<Vec<(&'static str, std::time::Duration)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Choose the top, check its submodules are defined, and run the passes (up to `dump_after`).
/// Returns the analysis, why this top, and the dump if one was asked for.
pub fn run_passes<'d>(
    design: &'d Design,
    top: Option<&str>,
    fsm: FsmOptions,
    dump_after: Option<&str>,
) -> Result<(Analysis<'d>, String, Option<String>), Diagnostic> {
    let (written, reason) = choose_top(design, top)?;
    // The analyses see the top with its instance tree inlined (`ir::flatten`).
    let module = design
        .elaborated(written)
        .map_err(|(span, msg)| Diagnostic::at(&design.sources, span, msg))?;
    for inst in &module.instances {
        if let Some(why) = design.unlowered(&inst.module) {
            return Err(why.clone());
        }
        if design.module(&inst.module).is_none() {
            return Err(Diagnostic::at(
                &design.sources,
                inst.span,
                format!(
                    "module `{}` (instance `{}`) is not defined in the given files; pass its source file too",
                    inst.module, inst.name
                ),
            ));
        }
    }
    let mut a = Analysis::new(design, module, fsm);
    let dump = passes::run(&mut a, dump_after);
    TIMINGS.with(|t| *t.borrow_mut() = a.timings.clone());
    let dump = dump?;
    Ok((a, reason, dump))
}

/// Run analyze on an already-read design.
pub fn analyze_design(
    design: &Design,
    top: Option<&str>,
    fsm: FsmOptions,
    dump_after: Option<&str>,
) -> Result<Outcome, Diagnostic> {
    let (a, reason, dump) = run_passes(design, top, fsm, dump_after)?;
    if let Some(d) = dump {
        return Ok(Outcome::Dump(d));
    }
    Ok(Outcome::Report(Box::new(build(&a, &reason))))
}

pub fn analyze(opts: &AnalyzeOptions, dump_after: Option<&str>) -> Result<Outcome, Diagnostic> {
    let design = read_design(&opts.files, &opts.frontend)?;
    analyze_design(&design, opts.top.as_deref(), opts.fsm.clone(), dump_after)
}
