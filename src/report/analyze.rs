//! The `idet analyze` report: built from an `Analysis`, written as text or JSON.

use crate::ir::SignalId;
use crate::passes::compose::Inlining;
use crate::passes::dumps_api::{code_label, node_label};
use crate::passes::fsm_detect::Encoding;
use crate::passes::Analysis;
use serde::Serialize;
use std::fmt::Write;

#[derive(Debug, Serialize)]
pub struct AnalyzeReport {
    pub top: String,
    /// Why this module is the top.
    pub top_reason: String,
    /// Flip-flop bits of all registers and memories of the top module.
    pub total_state_bits: u64,
    pub registers: Vec<RegisterInfo>,
    pub resets: Vec<String>,
    /// Registers counted live in every state because they feed outputs or instance inputs.
    pub always_live: Vec<String>,
    pub fsms: Vec<FsmReport>,
    pub rejected: Vec<RejectedCandidate>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RegisterInfo {
    pub name: String,
    pub bits: u64,
    pub memory: bool,
}

#[derive(Debug, Serialize)]
pub struct RejectedCandidate {
    pub signal: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct FsmReport {
    pub state_reg: String,
    /// Bits of the state-graph code: the register's, plus those of inlined FSMs.
    pub width: u32,
    /// FSMs of instances whose states are inlined under this one's (composite states, named
    /// `parent/child` where the child is away from its reset state).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inlined: Vec<InlinedFsm>,
    pub encoding: Encoding,
    pub reset_state: Option<String>,
    pub reset_from: String,
    pub states: Vec<StateReport>,
    pub transitions: Vec<Transition>,
    pub unreachable: Vec<String>,
    pub undefined_next: Vec<String>,
    pub summary: LiveSummary,
    pub forced: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct InlinedFsm {
    pub state_reg: String,
    /// A control flag of the parent (a child's start), fixed per composite state too.
    pub flag: bool,
    pub width: u32,
    pub reset_state: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StateReport {
    pub name: String,
    /// Verilog literal of the state code, e.g. `5'd16`.
    pub code: String,
    /// Live bits excluding this FSM's own state register (always saved with a checkpoint).
    pub live_bits: u64,
    pub live: Vec<String>,
    /// Memories a clocked process may read / write in this state, and those it may read and
    /// write in one cycle on paths not provably exclusive (for `--nv-mem`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mem_reads: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mem_writes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mem_read_write: Vec<String>,
    /// Host memories whose read data is in flight on entry (requested by a predecessor): a
    /// checkpoint here also saves their read data, captured by insert (`passes::host_reads`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub host_reads_in_flight: Vec<String>,
    /// Bits of those memories' read data inputs (counted by the plan at a checkpoint here).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub capture_bits: u64,
}

fn is_zero(x: &u64) -> bool {
    *x == 0
}

#[derive(Debug, Serialize)]
pub struct Transition {
    pub from: String,
    pub to: String,
    pub guard: String,
}

#[derive(Debug, Serialize)]
pub struct LiveSummary {
    pub min_live_bits: u64,
    pub median_live_bits: u64,
    pub max_live_bits: u64,
    /// min live bits / total state bits.
    pub min_ratio: f64,
}

fn bits(a: &Analysis, s: SignalId) -> u64 {
    a.module.signal(s).bits()
}

pub fn build(a: &Analysis, top_reason: &str) -> AnalyzeReport {
    let m = a.module;
    let facts = a.facts();
    let registers: Vec<RegisterInfo> = facts
        .registers
        .iter()
        .map(|&r| RegisterInfo {
            name: m.name_of(r).to_string(),
            bits: bits(a, r),
            memory: m.signal(r).is_memory(),
        })
        .collect();
    let total: u64 = registers.iter().map(|r| r.bits).sum();
    // Read data bits per host memory (all its ports): what a checkpoint captures where its
    // reads are in flight.
    let mut read_bits: std::collections::BTreeMap<String, u64> = Default::default();
    for p in crate::passes::host_reads::ports(m) {
        *read_bits.entry(p.name).or_default() += m.signal(p.data).width() as u64;
    }
    let mut fsms = vec![];
    for (fi, ((f, g), live)) in a.fsms.iter().zip(&a.graphs).zip(&a.live).enumerate() {
        let name = |c: &crate::ir::Tv| f.state_name(c).unwrap_or_else(|| c.to_string());
        let state_regs: Vec<SignalId> = f.regs().collect();
        let in_flight = &a.in_flight[fi];
        let mut coded: Vec<(&crate::ir::Tv, StateReport)> = g
            .graph
            .node_indices()
            .map(|n| {
                let code = &g.graph[n];
                let set: Vec<SignalId> = live[n.index()]
                    .iter()
                    .copied()
                    .filter(|s| !state_regs.contains(s))
                    .collect();
                let du = &a.defuse[fi][n.index()];
                let names = |v: &mut dyn Iterator<Item = SignalId>| -> Vec<String> {
                    let set: std::collections::BTreeSet<SignalId> = v.collect();
                    set.iter().map(|s| m.name_of(*s).to_string()).collect()
                };
                let rep = StateReport {
                    name: name(code),
                    code: code.to_string(),
                    live_bits: set.iter().map(|s| bits(a, *s)).sum(),
                    live: set.iter().map(|s| m.name_of(*s).to_string()).collect(),
                    mem_reads: names(&mut du.mem_reads.iter().map(|x| x.0)),
                    mem_writes: names(&mut du.mem_writes.iter().map(|x| x.0)),
                    mem_read_write: names(&mut du.mem_read_write().into_iter()),
                    host_reads_in_flight: in_flight[n.index()].clone(),
                    capture_bits: in_flight[n.index()]
                        .iter()
                        .map(|x| read_bits.get(x).copied().unwrap_or(0))
                        .sum(),
                };
                (code, rep)
            })
            .collect();
        coded.sort_by_cached_key(|x| x.0.raw_val());
        let states: Vec<StateReport> = coded.into_iter().map(|(_, r)| r).collect();
        let mut transitions = vec![];
        for e in g.graph.edge_indices() {
            let (x, y) = g.graph.edge_endpoints(e).expect("edge");
            transitions.push(Transition {
                from: name(&g.graph[x]),
                to: name(&g.graph[y]),
                guard: crate::passes::state_graph::StateGraph::guard_text(&g.graph[e]),
            });
        }
        let mut lb: Vec<u64> = states.iter().map(|s| s.live_bits).collect();
        lb.sort_unstable();
        let min = lb.first().copied().unwrap_or(0);
        fsms.push(FsmReport {
            state_reg: m.name_of(f.reg).to_string(),
            width: f.state_width(),
            inlined: f
                .subs
                .iter()
                .map(|s| InlinedFsm {
                    state_reg: m.name_of(s.fsm.reg).to_string(),
                    flag: s.flag.is_some(),
                    width: s.fsm.width,
                    reset_state: s.fsm.reset.as_ref().map(|r| code_label(&s.fsm, r)),
                })
                .collect(),
            encoding: f.encoding.clone(),
            reset_state: f.reset.as_ref().map(|r| code_label(f, r)),
            reset_from: f.reset_from.to_string(),
            states,
            transitions,
            unreachable: g.unreachable.iter().map(|c| code_label(f, c)).collect(),
            undefined_next: g.undefined_next.iter().map(|c| node_label(f, c)).collect(),
            summary: LiveSummary {
                min_live_bits: min,
                median_live_bits: lb.get(lb.len() / 2).copied().unwrap_or(0),
                max_live_bits: lb.last().copied().unwrap_or(0),
                min_ratio: if total == 0 {
                    0.0
                } else {
                    min as f64 / total as f64
                },
            },
            forced: f.forced.clone(),
        });
    }
    let mut notes = vec![];
    if a.fsms.is_empty() {
        notes.push(
            "no control FSM: this looks like a pipeline or purely combinational design; \
             checkpointing it means saving pipeline registers at a drained point"
                .to_string(),
        );
    }
    // What compose left separate (what it applied shows as `inlined:` lines of the FSM).
    for c in a.compositions.iter().filter(|c| !c.applied) {
        notes.push(match c.kind {
            Inlining::ChildFsm => format!("FSM `{}` of an instance: {}", c.child, c.note),
            Inlining::StageFlags => format!(
                "stage-valid flags of FSM `{}` ({}): {}",
                c.parent.as_deref().unwrap_or("-"),
                c.child,
                c.note
            ),
        });
    }
    for i in &m.instances {
        notes.push(format!(
            "instance `{}` of `{}`: state inside it is not analysed yet (hierarchy); its inputs count as read in every state",
            i.name, i.module
        ));
    }
    if a.options.outputs == crate::passes::qualifiers::OutputRule::Protocol {
        let q = crate::passes::qualifiers::output_qualifiers(m);
        notes.extend(crate::passes::qualifiers::describe(m, &q));
    }
    for init in &m.mem_inits {
        let written = facts.is_register(init.mem);
        notes.push(format!(
            "memory `{}` is initialised from {} ({}){}",
            m.name_of(init.mem),
            init.file,
            if init.found {
                "found"
            } else {
                "file not found: content unknown"
            },
            if written {
                "; written by the design: state"
            } else {
                "; no process writes it: a constant, not state (never saved)"
            }
        ));
    }
    if !m.sim_only.is_empty() {
        notes.push(format!(
            "{} simulation-only region(s) (translate_off/translate_on) kept verbatim and not analysed",
            m.sim_only.len()
        ));
    }
    AnalyzeReport {
        top: m.name.clone(),
        top_reason: top_reason.to_string(),
        total_state_bits: total,
        registers,
        resets: facts
            .resets
            .iter()
            .map(|r| {
                format!(
                    "{} (active {}, {}{})",
                    m.name_of(r.signal),
                    if r.active_high { "high" } else { "low" },
                    if r.asynchronous {
                        "asynchronous"
                    } else {
                        "synchronous"
                    },
                    match r.source {
                        // Vitis `ap_rst_n_inv = ~ap_rst_n`, nngen's synchroniser: name the input.
                        Some((input, high)) => format!(
                            ", from input {} (active {})",
                            m.name_of(input),
                            if high { "high" } else { "low" }
                        ),
                        None => String::new(),
                    }
                )
            })
            .collect(),
        always_live: a
            .always_read
            .iter()
            .map(|s| m.name_of(*s).to_string())
            .collect(),
        fsms,
        rejected: a
            .rejected
            .iter()
            .map(|r| RejectedCandidate {
                signal: r.signal.clone(),
                reason: r.reason.clone(),
            })
            .collect(),
        notes,
    }
}

pub fn to_text(r: &AnalyzeReport) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "top: {} ({})", r.top, r.top_reason);
    let regs = r.registers.iter().filter(|x| !x.memory).count();
    let mems = r.registers.len() - regs;
    let _ = writeln!(
        o,
        "state: {} bits in {} register(s) and {} memor{}",
        r.total_state_bits,
        regs,
        mems,
        if mems == 1 { "y" } else { "ies" }
    );
    if !r.resets.is_empty() {
        let _ = writeln!(o, "reset: {}", r.resets.join(", "));
    }
    if !r.always_live.is_empty() {
        let _ = writeln!(
            o,
            "live in every state (feed outputs or instances): {}",
            r.always_live.join(" ")
        );
    }
    for f in &r.fsms {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "FSM {} [{} bits, {}], reset state {} (from {})",
            f.state_reg,
            f.width,
            match f.encoding {
                Encoding::OneHot => "one-hot",
                Encoding::Binary => "binary",
                Encoding::Custom => "custom encoding",
            },
            f.reset_state
                .as_deref()
                .unwrap_or("unknown: every code is an entry"),
            f.reset_from
        );
        if let Some(v) = &f.forced {
            let _ = writeln!(o, "  forced by --state-reg despite: {v}");
        }
        for i in &f.inlined {
            let _ = if i.flag {
                writeln!(
                    o,
                    "  inlined: control flag {} (an instance's start or a pipeline stage flag), reset {}: `+{}` in state names when set",
                    i.state_reg,
                    i.reset_state.as_deref().unwrap_or("unknown"),
                    i.state_reg
                )
            } else {
                writeln!(
                    o,
                    "  inlined: FSM {} [{} bits] of an instance, reset state {}: composite states `parent/child`",
                    i.state_reg,
                    i.width,
                    i.reset_state.as_deref().unwrap_or("unknown")
                )
            };
        }
        let _ = writeln!(o, "  transitions ({}):", f.transitions.len());
        for t in &f.transitions {
            let _ = writeln!(o, "    {} -> {}  if {}", t.from, t.to, t.guard);
        }
        if !f.unreachable.is_empty() {
            let _ = writeln!(o, "  unreachable codes: {}", f.unreachable.join(", "));
        }
        if !f.undefined_next.is_empty() {
            let _ = writeln!(
                o,
                "  next state may be 'bx (ignored) in: {}",
                f.undefined_next.join(", ")
            );
        }
        let regs = std::iter::once(f.state_reg.as_str())
            .chain(f.inlined.iter().map(|i| i.state_reg.as_str()))
            .collect::<Vec<_>>()
            .join(" and ");
        let _ = writeln!(
            o,
            "  {} reachable states; live bits exclude {} itself ({} bits, saved with every checkpoint):",
            f.states.len(),
            regs,
            f.width
        );
        let wname = f
            .states
            .iter()
            .map(|s| s.name.len())
            .max()
            .unwrap_or(5)
            .max(5);
        let wcode = f
            .states
            .iter()
            .map(|s| s.code.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let _ = writeln!(
            o,
            "    {:wname$}  {:wcode$}  {:>9}  live registers",
            "state", "code", "live bits"
        );
        for s in &f.states {
            let live = if s.live.is_empty() {
                "-".to_string()
            } else {
                s.live.join(" ")
            };
            let _ = writeln!(
                o,
                "    {:wname$}  {:wcode$}  {:>9}  {}",
                s.name, s.code, s.live_bits, live
            );
        }
        let in_flight: Vec<String> = f
            .states
            .iter()
            .filter(|s| !s.host_reads_in_flight.is_empty())
            .map(|s| {
                format!(
                    "{} ({}: +{} bits)",
                    s.name,
                    s.host_reads_in_flight.join(", "),
                    s.capture_bits
                )
            })
            .collect();
        if !in_flight.is_empty() {
            let _ = writeln!(
                o,
                "  entered with host memory read data in flight (a checkpoint there also saves it): {}",
                in_flight.join(", ")
            );
        }
        let _ = writeln!(
            o,
            "  summary: min {} / median {} / max {} live bits of {} total state bits (min/total = {:.3})",
            f.summary.min_live_bits,
            f.summary.median_live_bits,
            f.summary.max_live_bits,
            r.total_state_bits,
            f.summary.min_ratio
        );
    }
    if !r.rejected.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(o, "rejected state-register candidates:");
        for c in &r.rejected {
            let _ = writeln!(o, "  {}: {}", c.signal, c.reason);
        }
    }
    for n in &r.notes {
        let _ = writeln!(o, "note: {n}");
    }
    o
}
