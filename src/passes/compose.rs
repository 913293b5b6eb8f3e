//! Composite states. An FSM inside a submodule instance (a Vitis sub-function's `ap_CS_fsm`, a
//! callee started with `ap_start`) advances while its parent's FSM waits in a call state, so the
//! design's state there is the pair (parent state, child state). This pass inlines such an FSM
//! under the FSM of the module that instantiates it: the parent's state graph then enumerates
//! the reachable composite codes, and def/use, liveness and placement see the child's registers
//! per child state instead of "child state unknown: everything may be read".
//!
//! The child's FSM stays a register of its instance; a composite code fixes both registers. A
//! child is inlined only when the instantiating module has exactly one FSM (which one calls it
//! is otherwise not known structurally) and the product stays small; every other case is logged
//! and the FSMs are analysed separately as before (sound, less precise).

use super::facts::ModuleFacts;
use super::fsm_detect::{self, Fsm, SubFsm};
use super::state_graph;
use crate::ir::{Expr, LValue, Module, ProcessKind, SignalId, Stmt};
use std::collections::{BTreeSet, HashMap};

/// Composite states beyond which a child is left separate (the product of concurrent FSMs).
pub const MAX_COMPOSITE_STATES: usize = 4096;
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

/// Inline FSMs of instances under their parent's FSM where that is unambiguous and small.
pub fn compose(m: &Module, facts: &ModuleFacts, fsms: Vec<Fsm>) -> (Vec<Fsm>, Vec<Composition>) {
    let mut fsms = fsms;
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
        let [pi] = parents.as_slice() else {
            log.push(Composition {
                kind: Inlining::ChildFsm,
                child: child_name,
                parent: None,
                applied: false,
                note: if parents.is_empty() {
                    format!("left separate: `{scope_name}` has no other FSM to inline it under (`{}` holds the control FSM itself)", m.inlined[inst].path)
                } else {
                    format!("left separate: `{scope_name}` has {} FSMs; which one waits for `{}` is not known", parents.len(), m.inlined[inst].path)
                },
            });
            continue;
        };
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
        match state_graph::build_capped(m, facts, &composite, MAX_COMPOSITE_STATES) {
            Some(g) => {
                log.push(Composition {
                    kind: Inlining::ChildFsm,
                    child: child_name,
                    parent: Some(parent_name),
                    applied: true,
                    note: format!("inlined: {} composite states", g.graph.node_count()),
                });
                fsms[*pi] = composite;
                fsms.remove(ci);
            }
            None => log.push(Composition {
                kind: Inlining::ChildFsm,
                child: child_name,
                parent: Some(parent_name),
                applied: false,
                note: format!(
                    "left separate: more than {MAX_COMPOSITE_STATES} composite states (concurrent FSMs?)"
                ),
            }),
        }
    }
    // Pipelines: the stage-valid flags an FSM's transitions read (the drain test of a flushed
    // pipelined loop) are fixed per state too, so that a pipelined-loop state splits into its
    // fill, steady and drain patterns: the plan can then choose between a drained point and
    // a state with iterations in flight by cost.
    for f in &mut fsms {
        if let Some(c) = with_stage_flags(m, facts, f) {
            log.push(c);
        }
    }
    (fsms, log)
}

/// Fix `f`'s stage-valid flags per state, when it has some and the product stays small.
fn with_stage_flags(m: &Module, facts: &ModuleFacts, f: &mut Fsm) -> Option<Composition> {
    let chain = valid_chains(m, facts, f);
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
        match state_graph::build_capped(m, facts, &composite, MAX_COMPOSITE_STATES) {
            Some(g) => {
                *f = composite;
                (
                    true,
                    format!("fixed per state: {} states", g.graph.node_count()),
                )
            }
            None => (
                false,
                format!("left as data: more than {MAX_COMPOSITE_STATES} states"),
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

/// Stage-valid flags of `f`: 1-bit registers (not ports, not yet in `f`) linked by copies
/// `v <= u` into chains, where some member of the chain is read by `f`'s next-state logic.
fn valid_chains(m: &Module, facts: &ModuleFacts, f: &Fsm) -> Vec<SignalId> {
    // Reset synchronisers are the reset, not state; ports are the host's.
    let resets: BTreeSet<SignalId> = facts.resets.iter().map(|r| facts.root(r.signal)).collect();
    let flag_like = |r: SignalId| {
        let s = m.signal(r);
        facts.is_register(r)
            && !s.is_memory()
            && s.width() == 1
            && s.direction.is_none()
            && !resets.contains(&facts.root(r))
            && facts.inactive_value(r).is_none()
    };
    // Copy edges between 1-bit registers, from every clocked assignment `v <= u`.
    let mut parent: HashMap<SignalId, SignalId> = HashMap::new();
    fn find(p: &mut HashMap<SignalId, SignalId>, x: SignalId) -> SignalId {
        let mut r = x;
        while let Some(&n) = p.get(&r) {
            if n == r {
                break;
            }
            r = n;
        }
        p.insert(x, r);
        r
    }
    let mut linked = BTreeSet::new();
    // Registers assigned from another flag somewhere (not the head of their chain).
    let mut copied = BTreeSet::new();
    for p in &m.processes {
        if !matches!(p.kind, ProcessKind::Clocked { .. }) {
            continue;
        }
        p.body.walk(&mut |st| {
            if let Stmt::Assign {
                lhs: LValue::Whole(v),
                rhs: Expr::Sig(u),
                ..
            } = st
            {
                if v != u && flag_like(*v) && flag_like(*u) {
                    let (a, b) = (find(&mut parent, *v), find(&mut parent, *u));
                    parent.insert(a, b);
                    linked.insert(*v);
                    linked.insert(*u);
                    copied.insert(*v);
                }
            }
        });
    }
    if linked.is_empty() {
        return vec![];
    }
    // A valid chain starts at a flag set and cleared by constants (`ap_enable_reg_pp0_iter0`);
    // a chain of 1-bit data (a counter and its delayed copies) is not one.
    let mut data_chains = BTreeSet::new();
    for r in linked.iter().filter(|r| !copied.contains(*r)) {
        if fsm_detect::flag(m, facts, *r).is_none() {
            data_chains.insert(find(&mut parent, *r));
        }
    }
    let read = next_state_reads(m, facts, f);
    let mut chosen: BTreeSet<SignalId> = linked
        .iter()
        .filter(|r| read.contains(r))
        .map(|r| find(&mut parent, *r))
        .filter(|root| !data_chains.contains(root))
        .collect();
    if chosen.is_empty() {
        return vec![];
    }
    // Stage predicates: chains tested in one condition together with a stage-valid flag
    // (`ap_enable_reg_pp0_iter2 & (icmp_ln8_reg_155_pp0_iter1_reg == 0)`): fixing them too
    // lets a stage's conditional write kill what the next stage reads.
    let mut also = BTreeSet::new();
    for p in &m.processes {
        if !matches!(p.kind, ProcessKind::Clocked { .. }) {
            continue;
        }
        p.body.walk(&mut |st| {
            if let Stmt::If { cond, .. } = st {
                let mut sigs = vec![];
                cond.signals(&mut sigs);
                let with_valid = sigs
                    .iter()
                    .any(|x| linked.contains(x) && chosen.contains(&find(&mut parent, *x)));
                if with_valid {
                    also.extend(sigs.into_iter().filter(|x| linked.contains(x)));
                }
            }
        });
    }
    for x in also {
        let root = find(&mut parent, x);
        chosen.insert(root);
    }
    let have: BTreeSet<SignalId> = f.regs().collect();
    linked
        .iter()
        .copied()
        .filter(|r| chosen.contains(&find(&mut parent, *r)) && !have.contains(r))
        .collect()
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
