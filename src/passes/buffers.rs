//! FSMs that run on their own handshakes: register slices, skid buffers, bus channel FSMs.
//!
//! HLS output surrounds its control FSM with small library FSMs that move data between ports:
//! Vitis `regslice_both` (`B_V_data_1_state`, 2 bits: empty / one / two items), hls4ml's
//! `regslice_core` (`count`), the write and read channel FSMs of an AXI4-Lite slave (`wstate`,
//! `rstate`). They are not called by the control FSM — they step on every valid/ready their ports
//! see — so inlining them under it (`compose`) multiplies its states by theirs for nothing: a
//! Vitis design with ten AXI4-Stream slices reached 768 composite states and 144,247 transitions
//! (98 s of analysis), hls4ml's upsample2d 1,996 states, which then left no room under the
//! composite bound for the pipeline's stage flags that decide what is live (issue 18, "buffers
//! are not FSMs to multiply").
//!
//! Recognised structurally, not by name: an FSM of an instance
//! * whose next-state logic reads no register of that instance but the FSM's own and registers
//!   that hold copied data (it is driven by the instance's ports alone: a callee's next state
//!   reads its loop conditions, computed by comparisons), and
//! * whose instance computes nothing: no register inside it is written with arithmetic (`+ - *
//!   / % **`, shifts) — it moves, selects and masks data only (a callee that computes nothing would
//!   have been inlined by the HLS tool).
//!
//! Such an FSM stays a separate FSM with its own state graph (what `compose` already does for
//! children it cannot place); the control FSM's states leave it unknown, which is sound.

use super::facts::Driver;
use super::facts::ModuleFacts;
use super::fsm_detect::Fsm;
use crate::ir::{BinaryOp, Expr, Module, SignalId, Stmt};
use std::collections::{BTreeSet, HashSet};

/// Whether instance `k` is `inst` or lies inside it.
fn within(m: &Module, mut k: usize, inst: usize) -> bool {
    loop {
        if k == inst {
            return true;
        }
        match m.inlined[k].parent {
            Some(p) => k = p,
            None => return false,
        }
    }
}

/// Whether signal `s` belongs to instance `inst` (or to one inside it).
fn inside(m: &Module, s: SignalId, inst: usize) -> bool {
    m.inlined_of(s).is_some_and(|k| within(m, k, inst))
}

/// What the logic of one instance computes, following combinational signals inside it (LegUp
/// and Bambu compute in wires and register the result: `r <= main_add;`).
struct Computes<'a> {
    m: &'a Module,
    facts: &'a ModuleFacts,
    inst: usize,
    compare: bool,
    seen: HashSet<SignalId>,
}

impl Computes<'_> {
    /// Arithmetic in `e` (`+ - * / % **`, shifts), and with `compare` relations too, here or in
    /// the combinational signals of the instance that it reads.
    fn expr(&mut self, e: &Expr) -> bool {
        use BinaryOp::*;
        match e {
            // Over signals: `ireg[W-1]` is an index, not a computation.
            Expr::Binary(Add | Sub | Mul | Div | Mod | Pow | Shl | Shr | AShl | AShr, _, _) => {
                reads_signal(e)
            }
            Expr::Binary(Eq | Ne | CaseEq | CaseNe | Lt | Le | Gt | Ge, _, _) if self.compare => {
                reads_signal(e)
            }
            Expr::Sig(s) => self.signal(*s),
            _ => e.children().into_iter().any(|c| self.expr(c)),
        }
    }

    fn signal(&mut self, s: SignalId) -> bool {
        if self.facts.is_register(s) || !inside(self.m, s, self.inst) || !self.seen.insert(s) {
            return false;
        }
        let drivers = self.facts.comb_drivers.get(&s).cloned().unwrap_or_default();
        drivers.iter().any(|d| match *d {
            // An input port of the instance: what drives it is its caller's logic.
            Driver::Assign(i) if self.input_connection(i) => false,
            Driver::Assign(i) => {
                let rhs = self.m.assigns[i].rhs.clone();
                self.expr(&rhs)
            }
            Driver::CombProcess(p) => {
                let body = self.m.processes[p].body.clone();
                self.stmt(&body, &|_| true)
            }
            Driver::Instance(_) => false,
        })
    }

    /// Whether assign `i` connects an input port of the instance (flattening writes the port
    /// connections first, with the instance statement's span).
    fn input_connection(&self, i: usize) -> bool {
        let k = &self.m.inlined[self.inst];
        k.assigns.contains(&i) && self.m.assigns[i].span == k.span
    }

    /// Any assignment in `s` to a signal `target` accepts whose value computes.
    fn stmt(&mut self, s: &Stmt, target: &dyn Fn(SignalId) -> bool) -> bool {
        match s {
            Stmt::Block(v) => v.iter().any(|x| self.stmt(x, target)),
            Stmt::Assign { lhs, rhs, .. } => {
                let mut t = vec![];
                lhs.targets(&mut t);
                t.iter().any(|(x, _)| target(*x)) && self.expr(rhs)
            }
            Stmt::If { then_s, else_s, .. } => {
                self.stmt(then_s, target) || else_s.as_deref().is_some_and(|e| self.stmt(e, target))
            }
            Stmt::Case { arms, default, .. } => {
                arms.iter().any(|a| self.stmt(&a.body, target))
                    || default.as_deref().is_some_and(|d| self.stmt(d, target))
            }
            Stmt::SysTask { .. } | Stmt::Nop => false,
        }
    }
}

fn reads_signal(e: &Expr) -> bool {
    let mut v = vec![];
    e.signals(&mut v);
    !v.is_empty()
}

/// The clocked processes writing registers that `target` accepts.
fn writers(facts: &ModuleFacts, target: &dyn Fn(SignalId) -> bool) -> Vec<usize> {
    let mut procs: Vec<usize> = facts
        .clocked_writers
        .iter()
        .filter(|(r, _)| target(**r))
        .flat_map(|(_, ps)| ps.iter().copied())
        .collect();
    procs.sort_unstable();
    procs.dedup();
    procs
}

/// Whether `f`, the FSM of instance `inst`, runs on its own handshakes (see the module text).
/// `next_reads` are the registers its next-state logic reads (`compose::next_state_reads`):
/// besides its own, only registers of the instance that hold copied data (hls4ml's slice keeps
/// an item's valid bit beside its data in one register).
pub fn runs_on_its_own(
    m: &Module,
    facts: &ModuleFacts,
    f: &Fsm,
    inst: usize,
    next_reads: &BTreeSet<SignalId>,
) -> bool {
    let own: Vec<SignalId> = f.regs().collect();
    let in_inst = |r: SignalId| inside(m, r, inst);
    let computes = |target: &dyn Fn(SignalId) -> bool, compare: bool| {
        let mut c = Computes {
            m,
            facts,
            inst,
            compare,
            seen: HashSet::new(),
        };
        writers(facts, target)
            .iter()
            .any(|&p| c.stmt(&m.processes[p].body, target))
    };
    let copied = |r: SignalId| !computes(&|x| x == r, true);
    if next_reads
        .iter()
        .any(|&r| in_inst(r) && !own.contains(&r) && !copied(r))
    {
        return false;
    }
    !computes(&in_inst, false)
}
