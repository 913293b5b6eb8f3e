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
use crate::ir::Module;

/// Composite states beyond which a child is left separate (the product of concurrent FSMs).
pub const MAX_COMPOSITE_STATES: usize = 4096;

/// One decision of the pass, for its dump and the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composition {
    pub child: String,
    pub parent: Option<String>,
    /// What happened: the composite's size, or why the child stays separate.
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
                child: child_name,
                parent: None,
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
                    child: child_name,
                    parent: Some(parent_name),
                    note: format!("inlined: {} composite states", g.graph.node_count()),
                });
                fsms[*pi] = composite;
                fsms.remove(ci);
            }
            None => log.push(Composition {
                child: child_name,
                parent: Some(parent_name),
                note: format!(
                    "left separate: more than {MAX_COMPOSITE_STATES} composite states (concurrent FSMs?)"
                ),
            }),
        }
    }
    (fsms, log)
}
