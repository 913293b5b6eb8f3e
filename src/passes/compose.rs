//! Composite states. An FSM inside a submodule instance (a Vitis sub-function's `ap_CS_fsm`, a
//! callee started with `ap_start`) advances while its parent's FSM waits in a call state, so the
//! design's state there is the pair (parent state, child state). This pass inlines such an FSM
//! under the FSM of the module that instantiates it: the parent's state graph then enumerates
//! the reachable composite codes, and def/use, liveness and placement see the child's registers
//! per child state instead of "child state unknown: everything may be read".
//!
//! The child's FSM stays a register of its instance; a composite code fixes both registers. A
//! child is inlined under the FSM of the instantiating module that drives its inputs — the only
//! FSM there, or, among several, the only one the logic driving the instance's inputs reads
//! (through the next-state logic of a start flag set in a call state) — and while the product
//! stays small; every other case is logged and the FSMs are analysed separately as before
//! (sound, less precise).

use super::facts::ModuleFacts;
use super::fsm_detect::{self, Fsm, SubFsm};
use super::state_graph::{self, StateGraph};
use crate::ir::{Expr, LValue, Module, ProcessKind, SignalId, Stmt};
use petgraph::unionfind::UnionFind;
use std::collections::BTreeSet;

/// Composite states beyond which a child is left separate (the product of concurrent FSMs).
pub const MAX_COMPOSITE_STATES: usize = 4096;
/// Composite transitions beyond which a child is left separate: 16 per state at the state
/// bound. A Vitis video IP (v_tpg: two AXI4-Lite channel FSMs and four AXI4-Stream register
/// slices under an 11-state FSM) reached 2,400 states but 725,000 transitions whose guards
/// (the product's conditions, up to 16 KB each) made a 4.3 GB report and 20 GB of memory.
pub const MAX_COMPOSITE_TRANSITIONS: usize = 65_536;
const CAP: state_graph::Cap = state_graph::Cap {
    states: MAX_COMPOSITE_STATES,
    transitions: MAX_COMPOSITE_TRANSITIONS,
};
/// Stage flags beyond which a pipeline's flags stay data (2^flags patterns to consider).
pub const MAX_STAGE_FLAGS: usize = 12;

/// What a decision of the pass was about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inlining {
    /// An FSM of an instance (`child` is its register).
    ChildFsm,
    /// A pipeline's stage-valid flags (`child` lists them, or counts them when there are many).
    StageFlags,
}

/// One decision of the pass, for its dump and the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composition {
    pub kind: Inlining,
    pub child: String,
    pub parent: Option<String>,
    /// Whether the parent's states now fix it.
    pub applied: bool,
    /// What happened: the composite's size, or why it stays separate.
    pub note: String,
}

/// Depth of the instance holding `f`'s register (0: the module itself).
fn depth(m: &Module, f: &Fsm) -> usize {
    let mut d = 0;
    let mut k = m.inlined_of(f.reg);
    while let Some(i) = k {
        d += 1;
        k = m.inlined[i].parent;
    }
    d
}

/// What the pass decided: the FSMs (some now composite), the state graph of each composite it
/// already built to check its size (the state-graph pass takes them instead of building them
/// again), and the log.
pub struct Composed {
    pub fsms: Vec<Fsm>,
    pub graphs: Vec<Option<StateGraph>>,
    pub log: Vec<Composition>,
}

/// Inline FSMs of instances under their parent's FSM where that is unambiguous and small.
pub fn compose(m: &Module, facts: &ModuleFacts, fsms: Vec<Fsm>) -> Composed {
    let mut fsms = fsms;
    let mut graphs: Vec<Option<StateGraph>> = vec![None; fsms.len()];
    let mut log = vec![];
    // Deepest first, so that a grandchild is inside its parent before that one is inlined.
    let mut order: Vec<usize> = (0..fsms.len())
        .filter(|&i| m.inlined_of(fsms[i].reg).is_some())
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(depth(m, &fsms[i])));
    let names: Vec<String> = order
        .iter()
        .map(|&i| m.name_of(fsms[i].reg).to_string())
        .collect();
    for child_name in names {
        let Some(ci) = fsms.iter().position(|f| m.name_of(f.reg) == child_name) else {
            continue;
        };
        let Some(inst) = m.inlined_of(fsms[ci].reg) else {
            continue;
        };
        let scope = m.inlined[inst].parent;
        let scope_name = scope.map_or_else(|| m.name.clone(), |k| m.inlined[k].path.clone());
        let parents: Vec<usize> = (0..fsms.len())
            .filter(|&i| i != ci && m.inlined_of(fsms[i].reg) == scope)
            .collect();
        let callers = if parents.len() > 1 {
            callers(m, facts, inst, &fsms, &parents)
        } else {
            parents.clone()
        };
        let [pi] = callers.as_slice() else {
            let names = |v: &[usize]| {
                v.iter()
                    .map(|&i| format!("`{}`", m.name_of(fsms[i].reg)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            log.push(Composition {
                kind: Inlining::ChildFsm,
                child: child_name,
                parent: None,
                applied: false,
                note: if parents.is_empty() {
                    format!("left separate: `{scope_name}` has no other FSM to inline it under (`{}` holds the control FSM itself)", m.inlined[inst].path)
                } else if callers.is_empty() {
                    format!("left separate: `{scope_name}` has {} FSMs and the inputs of `{}` depend on none of them: which one waits for it is not known", parents.len(), m.inlined[inst].path)
                } else {
                    format!("left separate: `{scope_name}` has {} FSMs and the inputs of `{}` depend on {}: which one waits for it is not known", parents.len(), m.inlined[inst].path, names(&callers))
                },
            });
            continue;
        };
        // Register slices and bus channel FSMs step on their ports' handshakes, not on a
        // call: multiplying them in buys nothing and costs the composite bound (`buffers`).
        // Nor are they FSMs to place checkpoints by (their own graph knows nothing of the
        // design, everything would be live there): their state is data of the caller's FSM.
        let next_reads = next_state_reads(m, facts, &fsms[ci]);
        if super::buffers::runs_on_its_own(m, facts, &fsms[ci], inst, &next_reads) {
            log.push(Composition {
                kind: Inlining::ChildFsm,
                child: child_name,
                parent: Some(m.name_of(fsms[*pi].reg).to_string()),
                applied: false,
                note: format!(
                    "left as data: `{}` runs on its own handshakes (its next state follows its ports and the data it holds, and it computes nothing: a register slice or bus channel FSM), not a callee to multiply in",
                    m.inlined[inst].path
                ),
            });
            fsms.remove(ci);
            graphs.remove(ci);
            continue;
        }
        let mut composite = fsms[*pi].clone();
        let mut child = fsms[ci].clone();
        let grandchildren = std::mem::take(&mut child.subs);
        let base = composite.state_width();
        composite.subs.push(SubFsm {
            fsm: child,
            flag: None,
            lo: base,
        });
        for g in grandchildren {
            composite.subs.push(SubFsm {
                lo: base + g.lo,
                ..g
            });
        }
        // The child's start is usually a flag register of the parent (Vitis
        // `grp_*_ap_start_reg`): fixed per composite state too, or the child could start anywhere.
        // (Port connections are the instance's first assigns: `assign inst.port = expr;`.)
        for asg in &m.assigns[m.inlined[inst].assigns.clone()] {
            let crate::ir::Expr::Sig(r) = &asg.rhs else {
                continue;
            };
            let root = facts.root(*r);
            if m.inlined_of(root) == Some(inst) || composite.regs().any(|x| x == root) {
                continue;
            }
            if let Some(flag) = fsm_detect::flag(m, facts, root) {
                let lo = composite.state_width();
                composite.subs.push(SubFsm {
                    fsm: flag,
                    flag: Some(m.name_of(root).to_string()),
                    lo,
                });
            }
        }
        let parent_name = m.name_of(composite.reg).to_string();
        match state_graph::build_capped(m, facts, &composite, CAP) {
            Some(g) => {
                log.push(Composition {
                    kind: Inlining::ChildFsm,
                    child: child_name,
                    parent: Some(parent_name),
                    applied: true,
                    note: format!("inlined: {} composite states", g.graph.node_count()),
                });
                fsms[*pi] = composite;
                graphs[*pi] = Some(g);
                fsms.remove(ci);
                graphs.remove(ci);
            }
            None => log.push(Composition {
                kind: Inlining::ChildFsm,
                child: child_name,
                parent: Some(parent_name),
                applied: false,
                note: format!(
                    "left separate: more than {MAX_COMPOSITE_STATES} composite states or {MAX_COMPOSITE_TRANSITIONS} transitions (concurrent FSMs?)"
                ),
            }),
        }
    }
    // Pipelines: the stage-valid flags an FSM's transitions read (the drain test of a flushed
    // pipelined loop) are fixed per state too, so that a pipelined-loop state splits into its
    // fill, steady and drain patterns: the plan can then choose between a drained point and
    // a state with iterations in flight by cost.
    let chains = CopyChains::new(m, facts);
    if !chains.linked.is_empty() {
        for (f, g) in fsms.iter_mut().zip(&mut graphs) {
            if let Some(c) = with_stage_flags(m, facts, &chains, f, g) {
                log.push(c);
            }
        }
    }
    Composed { fsms, graphs, log }
}

/// The FSMs among `parents` that the logic driving instance `inst`'s inputs reads, directly or
/// through the next-state logic of a 1-bit flag it reads (a start flag set in a call state and
/// cleared when the child accepts: `go <= 1` in `C_CALL`, `go <= 0` on `ready`).
fn callers(
    m: &Module,
    facts: &ModuleFacts,
    inst: usize,
    fsms: &[Fsm],
    parents: &[usize],
) -> Vec<usize> {
    let mut sigs = vec![];
    for asg in &m.assigns[m.inlined[inst].assigns.clone()] {
        let mut into = vec![];
        asg.lhs.targets(&mut into);
        if into.iter().any(|(x, _)| m.inlined_of(*x) == Some(inst)) {
            asg.rhs.signals(&mut sigs);
        }
    }
    let mut reads = super::defuse::register_cone(m, facts, sigs);
    let flags: Vec<Fsm> = reads
        .iter()
        .filter(|r| m.inlined_of(**r) != Some(inst))
        .filter_map(|&r| fsm_detect::flag(m, facts, r))
        .collect();
    for f in &flags {
        reads.extend(next_state_reads(m, facts, f));
    }
    parents
        .iter()
        .copied()
        .filter(|&p| fsms[p].regs().any(|r| reads.contains(&r)))
        .collect()
}

/// Fix `f`'s stage-valid flags per state, when it has some and the product stays small (its
/// state graph then goes to `graph`).
fn with_stage_flags(
    m: &Module,
    facts: &ModuleFacts,
    chains: &CopyChains,
    f: &mut Fsm,
    graph: &mut Option<StateGraph>,
) -> Option<Composition> {
    let chain = chains.valid_for(m, facts, f);
    if chain.is_empty() {
        return None;
    }
    let parent = m.name_of(f.reg).to_string();
    if chain.len() > MAX_STAGE_FLAGS {
        return Some(Composition {
            kind: Inlining::StageFlags,
            child: format!("{} flags", chain.len()),
            parent: Some(parent),
            applied: false,
            note: format!("left as data: more than {MAX_STAGE_FLAGS} flags"),
        });
    }
    let mut composite = f.clone();
    for r in &chain {
        let lo = composite.state_width();
        composite.subs.push(SubFsm {
            fsm: fsm_detect::valid_flag(m, facts, *r),
            flag: Some(m.name_of(*r).to_string()),
            lo,
        });
    }
    let child = chain
        .iter()
        .map(|r| m.name_of(*r))
        .collect::<Vec<_>>()
        .join(" ");
    let (applied, note) =
        match state_graph::build_capped(m, facts, &composite, CAP) {
            Some(g) => {
                *f = composite;
                let note = format!("fixed per state: {} states", g.graph.node_count());
                *graph = Some(g);
                (true, note)
            }
            None => (
                false,
                format!("left as data: more than {MAX_COMPOSITE_STATES} states or {MAX_COMPOSITE_TRANSITIONS} transitions"),
            ),
        };
    Some(Composition {
        kind: Inlining::StageFlags,
        child,
        parent: Some(parent),
        applied,
        note,
    })
}

/// Chains of 1-bit registers linked by clocked copies `v <= u` (not ports, not resets), found
/// once per module: pipelines' stage-valid flags and stage predicates are among them.
struct CopyChains {
    /// Union-find over signal ids: one set per chain.
    sets: UnionFind<usize>,
    linked: BTreeSet<SignalId>,
    /// Chains whose head (a member no other member is copied into) is not set and cleared by
    /// constants: 1-bit data (a counter and its delayed copies), not valid flags.
    data: BTreeSet<usize>,
    /// The chain members each clocked `if` condition tests together.
    tested_together: Vec<Vec<SignalId>>,
}

impl CopyChains {
    fn new(m: &Module, facts: &ModuleFacts) -> CopyChains {
        // Reset synchronisers are the reset, not state; ports are the host's.
        let resets: BTreeSet<SignalId> =
            facts.resets.iter().map(|r| facts.root(r.signal)).collect();
        let flag_like = |r: SignalId| {
            let s = m.signal(r);
            facts.is_register(r)
                && !s.is_memory()
                && s.width() == 1
                && s.direction.is_none()
                && !resets.contains(&facts.root(r))
                && facts.inactive_value(r).is_none()
        };
        let mut sets = UnionFind::new(m.signals.len());
        let mut linked = BTreeSet::new();
        let mut copied = BTreeSet::new();
        let mut conds: Vec<&Expr> = vec![];
        for p in &m.processes {
            if !matches!(p.kind, ProcessKind::Clocked { .. }) {
                continue;
            }
            p.body.walk(&mut |st| match st {
                Stmt::Assign {
                    lhs: LValue::Whole(v),
                    rhs: Expr::Sig(u),
                    ..
                } if v != u && flag_like(*v) && flag_like(*u) => {
                    sets.union(v.0 as usize, u.0 as usize);
                    linked.insert(*v);
                    linked.insert(*u);
                    copied.insert(*v);
                }
                Stmt::If { cond, .. } => conds.push(cond),
                _ => {}
            });
        }
        let tested_together = conds
            .into_iter()
            .map(|c| {
                let mut sigs = vec![];
                c.signals(&mut sigs);
                sigs.retain(|x| linked.contains(x));
                sigs
            })
            .filter(|v| !v.is_empty())
            .collect();
        let data = linked
            .iter()
            .filter(|r| !copied.contains(*r) && fsm_detect::flag(m, facts, **r).is_none())
            .map(|r| sets.find(r.0 as usize))
            .collect();
        CopyChains {
            sets,
            linked,
            data,
            tested_together,
        }
    }

    fn chain_of(&self, r: SignalId) -> usize {
        self.sets.find(r.0 as usize)
    }

    /// Stage-valid flags of `f`: the chains headed by a constant-set flag that `f`'s next-state
    /// logic reads, and the stage predicates tested together with them (`iter2 &
    /// (icmp_reg_pp0_iter1_reg == 0)`: fixing those lets a stage's conditional write kill what
    /// the next stage reads). Registers already in `f` are left out.
    fn valid_for(&self, m: &Module, facts: &ModuleFacts, f: &Fsm) -> Vec<SignalId> {
        let read = next_state_reads(m, facts, f);
        let mut chosen: BTreeSet<usize> = self
            .linked
            .iter()
            .filter(|r| read.contains(r))
            .map(|r| self.chain_of(*r))
            .filter(|c| !self.data.contains(c))
            .collect();
        if chosen.is_empty() {
            return vec![];
        }
        let predicates: Vec<usize> = self
            .tested_together
            .iter()
            .filter(|group| group.iter().any(|x| chosen.contains(&self.chain_of(*x))))
            .flatten()
            .map(|x| self.chain_of(*x))
            .collect();
        chosen.extend(predicates);
        let have: BTreeSet<SignalId> = f.regs().collect();
        self.linked
            .iter()
            .copied()
            .filter(|r| chosen.contains(&self.chain_of(*r)) && !have.contains(r))
            .collect()
    }
}

/// Registers the next-state logic of `f` reads: the cones of its next-state signals and of the
/// conditions and values of every assignment to its register.
fn next_state_reads(m: &Module, facts: &ModuleFacts, f: &Fsm) -> BTreeSet<SignalId> {
    fn visit(s: &Stmt, reg: SignalId, out: &mut Vec<SignalId>) -> bool {
        match s {
            Stmt::Block(v) => v.iter().fold(false, |acc, x| visit(x, reg, out) | acc),
            Stmt::Assign { lhs, rhs, .. } => {
                let mut t = vec![];
                lhs.targets(&mut t);
                let hit = t.iter().any(|(x, _)| *x == reg);
                if hit {
                    rhs.signals(out);
                }
                hit
            }
            Stmt::If {
                cond,
                then_s,
                else_s,
                ..
            } => {
                let a = visit(then_s, reg, out);
                let b = else_s.as_ref().is_some_and(|e| visit(e, reg, out));
                if a || b {
                    cond.signals(out);
                }
                a || b
            }
            Stmt::Case {
                sel, arms, default, ..
            } => {
                let mut hit = default.as_ref().is_some_and(|d| visit(d, reg, out));
                for a in arms {
                    if visit(&a.body, reg, out) {
                        hit = true;
                        for l in &a.labels {
                            l.signals(out);
                        }
                    }
                }
                if hit {
                    sel.signals(out);
                }
                hit
            }
            Stmt::SysTask { .. } | Stmt::Nop => false,
        }
    }
    let mut sigs = f.next_state_signals.clone();
    for &p in facts.clocked_writers.get(&f.reg).into_iter().flatten() {
        visit(&m.processes[p].body, f.reg, &mut sigs);
    }
    super::defuse::register_cone(m, facts, sigs)
}
