//! Memories whose every access has a constant address: a Vitis divider's `dividend_tmp[0..32]`
//! (`for (i = 0; i < N; i++) dividend_tmp[i+1] <= f(dividend_tmp[i])`, unrolled), a shift
//! register written word by word. They are arrays of registers, not RAMs: def/use and liveness
//! see each word as a register of its own (a write of word k kills word k), so a pipeline held
//! in an array is dead where its contents will be shifted out before anyone reads them. As a
//! whole memory they are never killed (no write covers every word) and stay live everywhere.
//!
//! The words get ids past the module's signals (`Words::word`); they exist only inside the
//! `defuse` and `liveness` passes. Liveness maps them back: **a memory is live where any of its
//! words is**, so what insert saves and what the plan counts stay whole memories.

use super::facts::ModuleFacts;
use crate::ir::eval::{Evaluator, NoSignals};
use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default)]
pub struct Words {
    /// First id past the module's signals.
    base: u32,
    ids: BTreeMap<(SignalId, u64), SignalId>,
    /// Per word id (from `base`): its memory and address.
    back: Vec<(SignalId, u64)>,
}

impl Words {
    /// The memories of `m` (registers by `facts`) accessed only at constant addresses, by words.
    pub fn find(m: &Module, facts: &ModuleFacts) -> Words {
        let mut scan = Scan {
            m,
            addrs: BTreeMap::new(),
            whole: BTreeSet::new(),
        };
        for a in &m.assigns {
            scan.expr(&a.rhs);
            scan.lvalue(&a.lhs);
        }
        for p in &m.processes {
            p.body.walk(&mut |s| match s {
                Stmt::Assign { lhs, rhs, .. } => {
                    scan.expr(rhs);
                    scan.lvalue(lhs);
                }
                Stmt::If { cond, .. } => scan.expr(cond),
                Stmt::Case { sel, arms, .. } => {
                    scan.expr(sel);
                    arms.iter()
                        .flat_map(|a| &a.labels)
                        .for_each(|l| scan.expr(l));
                }
                _ => {}
            });
        }
        for inst in &m.instances {
            for c in &inst.connections {
                if let Some(e) = &c.expr {
                    scan.expr(e);
                }
            }
        }
        // A function reads its memories at addresses of its own arguments.
        for f in &m.functions {
            scan.whole.extend(f.reads.iter().copied());
        }
        let base = m.signals.len() as u32;
        let mut w = Words {
            base,
            ..Words::default()
        };
        for (mem, addrs) in scan.addrs {
            let Some(addrs) = addrs else { continue };
            if scan.whole.contains(&mem) || !facts.is_register(mem) {
                continue;
            }
            for k in addrs {
                let id = SignalId(base + w.back.len() as u32);
                w.ids.insert((mem, k), id);
                w.back.push((mem, k));
            }
        }
        w
    }

    /// The id of word `addr` of `mem`, when `mem` is split into words.
    pub fn word(&self, mem: SignalId, addr: u64) -> Option<SignalId> {
        self.ids.get(&(mem, addr)).copied()
    }

    pub fn is_word(&self, s: SignalId) -> bool {
        s.0 >= self.base && ((s.0 - self.base) as usize) < self.back.len()
    }

    /// The memory a word id belongs to; any other id is itself.
    pub fn memory_of(&self, s: SignalId) -> SignalId {
        if self.is_word(s) {
            self.back[(s.0 - self.base) as usize].0
        } else {
            s
        }
    }

    /// `mem[addr]` for a word id, the signal's name otherwise.
    pub fn name(&self, m: &Module, s: SignalId) -> String {
        if self.is_word(s) {
            let (mem, k) = self.back[(s.0 - self.base) as usize];
            format!("{}[{k}]", m.name_of(mem))
        } else {
            m.name_of(s).to_string()
        }
    }

    /// Memories split into words, with their word count.
    pub fn memories(&self) -> BTreeMap<SignalId, usize> {
        let mut out = BTreeMap::new();
        for (mem, _) in &self.back {
            *out.entry(*mem).or_insert(0) += 1;
        }
        out
    }
}

/// The constant value of an address expression that mentions no signal.
pub fn const_addr(m: &Module, e: &Expr) -> Option<u64> {
    let mut sigs = vec![];
    e.signals(&mut sigs);
    if !sigs.is_empty() {
        return None;
    }
    let mut calls = false;
    walk(e, &mut |x| calls |= matches!(x, Expr::Call { .. }));
    if calls {
        return None;
    }
    Evaluator::new(m, &NoSignals).eval(e).to_u64()
}

fn walk<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    f(e);
    for c in e.children() {
        walk(c, f);
    }
}

struct Scan<'m> {
    m: &'m Module,
    /// Per memory: its constant addresses, or `None` once a variable address was seen.
    addrs: BTreeMap<SignalId, Option<BTreeSet<u64>>>,
    /// Memories referenced other than by a word (a whole-array port connection, a function).
    whole: BTreeSet<SignalId>,
}

impl Scan<'_> {
    fn access(&mut self, mem: SignalId, addr: &Expr) {
        let k = const_addr(self.m, addr);
        let entry = self
            .addrs
            .entry(mem)
            .or_insert_with(|| Some(BTreeSet::new()));
        match (entry.as_mut(), k) {
            (Some(set), Some(k)) => {
                set.insert(k);
            }
            _ => *entry = None,
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Word { mem, addr } => {
                self.access(*mem, addr);
                self.expr(addr);
            }
            Expr::Sig(s) if self.m.signal(*s).is_memory() => {
                self.whole.insert(*s);
            }
            _ => {
                for c in e.children() {
                    self.expr(c);
                }
            }
        }
    }

    fn lvalue(&mut self, l: &LValue) {
        match l {
            LValue::Word(mem, addr) => {
                self.access(*mem, addr);
                self.expr(addr);
            }
            LValue::Concat(v) => v.iter().for_each(|x| self.lvalue(x)),
            LValue::Whole(s) | LValue::Bit(s, _) | LValue::Part(s, ..) => {
                if self.m.signal(*s).is_memory() {
                    self.whole.insert(*s);
                }
                for e in l.index_exprs() {
                    self.expr(e);
                }
            }
            LValue::IndexedPart { sig, start, .. } => {
                if self.m.signal(*sig).is_memory() {
                    self.whole.insert(*sig);
                }
                self.expr(start);
            }
        }
    }
}
