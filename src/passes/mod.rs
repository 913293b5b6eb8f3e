//! Analyses as named passes over the IR, run by a small pass manager. Passes never do I/O: each
//! fills its part of `Analysis` and can render it as stable text (`--dump-after PASS`).

pub mod buffers;
pub mod compose;
pub mod defuse;
pub mod facts;
pub mod fsm_detect;
pub mod host_reads;
pub mod literals;
pub mod liveness;
pub mod mem_words;
pub mod qualifiers;
pub mod state_env;
pub mod state_graph;

mod dumps;
/// Shared label helpers for reports.
pub mod dumps_api {
    pub use super::dumps::{code_label, node_label};
}

use crate::diag::Diagnostic;
use crate::ir::{Design, Module, SignalId};
use defuse::DefUse;
use facts::ModuleFacts;
use fsm_detect::{Fsm, FsmOptions, Rejection};
use rayon::prelude::*;
use state_graph::StateGraph;
use std::collections::BTreeSet;

/// Everything the analyses know about the top module, filled pass by pass.
pub struct Analysis<'d> {
    pub design: &'d Design,
    pub module: &'d Module,
    pub options: FsmOptions,
    pub facts: Option<ModuleFacts>,
    pub fsms: Vec<Fsm>,
    pub rejected: Vec<Rejection>,
    /// FSMs of instances inlined under their parent's (or left separate, and why).
    pub compositions: Vec<compose::Composition>,
    /// State graphs `compose` built while checking composite sizes (taken by `state-graph`).
    pub composite_graphs: Vec<Option<StateGraph>>,
    pub graphs: Vec<StateGraph>,
    /// Registers the outputs and instance inputs read in every state.
    pub always_read: BTreeSet<SignalId>,
    /// Memories tracked word by word in `defuse` and `liveness` (their word ids appear in
    /// `defuse`, never in `live`).
    pub mem_words: mem_words::Words,
    /// Per FSM, per graph node.
    pub defuse: Vec<Vec<DefUse>>,
    pub live: Vec<Vec<BTreeSet<SignalId>>>,
    /// Per FSM, per graph node: host memories with read data in flight on entry (`host_reads`).
    pub in_flight: Vec<Vec<Vec<String>>>,
    /// Wall time of each pass run, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

impl<'d> Analysis<'d> {
    pub fn new(design: &'d Design, module: &'d Module, options: FsmOptions) -> Self {
        Analysis {
            design,
            module,
            options,
            facts: None,
            fsms: vec![],
            rejected: vec![],
            compositions: vec![],
            composite_graphs: vec![],
            graphs: vec![],
            always_read: BTreeSet::new(),
            mem_words: mem_words::Words::default(),
            defuse: vec![],
            live: vec![],
            in_flight: vec![],
            timings: vec![],
        }
    }
    pub fn facts(&self) -> &ModuleFacts {
        self.facts.as_ref().expect("facts pass runs first")
    }
}

pub struct PassInfo {
    pub name: &'static str,
    pub description: &'static str,
    run: fn(&mut Analysis) -> Result<(), Diagnostic>,
    pub dump: fn(&Analysis) -> String,
}

/// The pipeline, in order. `lower` (the frontend) precedes it; its dump is the IR itself.
pub const PASSES: &[PassInfo] = &[
    PassInfo {
        name: "facts",
        description: "index drivers of every signal; find registers and reset inputs",
        run: |a| {
            a.facts = Some(ModuleFacts::build(a.module));
            Ok(())
        },
        dump: dumps::facts,
    },
    PassInfo {
        name: "fsm-detect",
        description:
            "find state registers structurally (constant next values, compare-only reads); \
                      explain every rejected candidate",
        run: |a| {
            let (f, r) = fsm_detect::detect(a.module, a.facts(), &a.design.sources, &a.options);
            a.fsms = f;
            a.rejected = r;
            Ok(())
        },
        dump: dumps::fsms,
    },
    PassInfo {
        name: "compose",
        description: "inline each FSM of a submodule instance under the FSM of the module that \
                      instantiates it (composite states: parent state x child state)",
        run: |a| {
            let fsms = std::mem::take(&mut a.fsms);
            let c = compose::compose(a.module, a.facts(), fsms);
            a.fsms = c.fsms;
            a.composite_graphs = c.graphs;
            a.compositions = c.log;
            Ok(())
        },
        dump: dumps::compositions,
    },
    PassInfo {
        name: "state-graph",
        description:
            "enumerate reachable states from reset by evaluating next-state logic per code",
        run: |a| {
            // Composite graphs were built by `compose` already.
            let mut built = std::mem::take(&mut a.composite_graphs);
            built.resize_with(a.fsms.len(), || None);
            let graphs = a
                .fsms
                .par_iter()
                .zip(built)
                .map(|(f, g)| g.unwrap_or_else(|| state_graph::build(a.module, a.facts(), f)))
                .collect();
            a.graphs = graphs;
            Ok(())
        },
        dump: dumps::graphs,
    },
    PassInfo {
        name: "defuse",
        description: "per state: registers read, possibly written and always overwritten, and \
                      what each write reads (partial evaluation with the state fixed; arrays \
                      with constant addresses word by word)",
        run: |a| {
            let facts = a.facts();
            let observed = defuse::observed_roots(a.module, a.options.outputs);
            let words = mem_words::Words::find(a.module, facts);
            let mut all = vec![];
            for (f, g) in a.fsms.iter().zip(&a.graphs) {
                let per_state: Vec<DefUse> = g
                    .graph
                    .node_indices()
                    .collect::<Vec<_>>()
                    .par_iter()
                    .map(|n| {
                        let fixed = f.parts(&g.graph[*n]);
                        defuse::state_defuse(a.module, facts, fixed, &observed, &words)
                    })
                    .collect();
                all.push(per_state);
            }
            // Read in every state: what the outputs read in each state of every FSM (or, with no
            // state graph, their whole cone).
            let mut states = all.iter().flatten();
            a.always_read = match states.next() {
                None => defuse::always_read(a.module, facts),
                Some(first) => states.fold(first.observed.clone(), |acc, d| {
                    acc.intersection(&d.observed).copied().collect()
                }),
            };
            a.defuse = all;
            a.mem_words = words;
            Ok(())
        },
        dump: dumps::defuse,
    },
    PassInfo {
        name: "liveness",
        description: "backward liveness of registers and memories over each state graph \
                      (a register read only to compute dead ones is dead)",
        run: |a| {
            a.live = a
                .graphs
                .iter()
                .zip(&a.defuse)
                .map(|(g, du)| {
                    // A memory is live where any of its words is.
                    liveness::live_in(&g.graph, du)
                        .into_iter()
                        .map(|l| l.into_iter().map(|s| a.mem_words.memory_of(s)).collect())
                        .collect()
                })
                .collect();
            Ok(())
        },
        dump: dumps::liveness,
    },
    PassInfo {
        name: "host-reads",
        description: "per state: host memory (ap_memory) read data in flight on entry \
                      (a checkpoint or freeze there needs the read data captured)",
        run: |a| {
            a.in_flight = (0..a.fsms.len())
                .map(|fi| host_reads::in_flight(a, fi))
                .collect();
            Ok(())
        },
        dump: dumps::host_reads,
    },
];

pub fn pass_names() -> Vec<&'static str> {
    std::iter::once("lower")
        .chain(PASSES.iter().map(|p| p.name))
        .collect()
}

/// Run the pipeline; stop after `stop_after` if given and return that pass's dump.
pub fn run(a: &mut Analysis, stop_after: Option<&str>) -> Result<Option<String>, Diagnostic> {
    if stop_after == Some("lower") {
        return Ok(Some(crate::ir::dump::module_to_string(
            a.module,
            &a.design.sources,
        )));
    }
    for p in PASSES {
        let t0 = std::time::Instant::now();
        (p.run)(a)?;
        a.timings.push((p.name, t0.elapsed()));
        if stop_after == Some(p.name) {
            return Ok(Some((p.dump)(a)));
        }
    }
    match stop_after {
        Some(other) => Err(Diagnostic::plain(format!(
            "unknown pass `{other}` (passes: {})",
            pass_names().join(", ")
        ))),
        None => Ok(None),
    }
}
