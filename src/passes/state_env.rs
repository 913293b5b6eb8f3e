//! Signal values with FSM state registers fixed to codes and resets inactive: the
//! environment of all per-state partial evaluation. Combinational signals are evaluated on demand
//! (through continuous assigns and `always @(*)` blocks) and memoised.

use super::facts::{Driver, ModuleFacts};
use crate::ir::eval::{Env, Evaluator};
use crate::ir::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

pub struct StateEnv<'m> {
    m: &'m Module,
    facts: &'m ModuleFacts,
    /// Each fixed register with its value (one FSM, or a composite state's registers).
    fixed: Vec<(SignalId, Tv)>,
    memo: RefCell<HashMap<SignalId, Tv>>,
    comb_memo: RefCell<HashMap<usize, HashMap<SignalId, Tv>>>,
    busy: RefCell<HashSet<SignalId>>,
}

impl<'m> StateEnv<'m> {
    pub fn new(m: &'m Module, facts: &'m ModuleFacts, fixed: Vec<(SignalId, Tv)>) -> Self {
        StateEnv {
            m,
            facts,
            fixed,
            memo: RefCell::new(HashMap::new()),
            comb_memo: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
        }
    }

    /// The value `id` is fixed to, if it is one of the state registers.
    pub fn fixed(&self, id: SignalId) -> Option<&Tv> {
        self.fixed.iter().find(|(s, _)| *s == id).map(|(_, v)| v)
    }

    fn comb_value(&self, id: SignalId) -> Tv {
        let w = self.m.signal(id).width();
        let Some(drivers) = self.facts.comb_drivers.get(&id) else {
            return Tv::unknown(w);
        };
        if self.m.signal(id).is_memory() {
            return Tv::unknown(w);
        }
        match drivers.as_slice() {
            [Driver::Assign(i)] => {
                let a = &self.m.assigns[*i];
                match a.lhs {
                    LValue::Whole(_) => Evaluator::new(self.m, self).eval_in(&a.rhs, w),
                    _ => Tv::unknown(w),
                }
            }
            [Driver::CombProcess(p)] => {
                if let Some(v) = self
                    .comb_memo
                    .borrow()
                    .get(p)
                    .and_then(|vals| vals.get(&id))
                {
                    return v.clone();
                }
                let vals = self.run_comb(*p);
                let v = vals.get(&id).cloned().unwrap_or_else(|| Tv::unknown(w));
                self.comb_memo.borrow_mut().insert(*p, vals);
                v
            }
            _ => Tv::unknown(w),
        }
    }

    /// Abstract run of a combinational process: values of everything it assigns.
    fn run_comb(&self, p: usize) -> HashMap<SignalId, Tv> {
        let mut overlay = HashMap::new();
        self.comb_stmt(&self.m.processes[p].body, &mut overlay);
        overlay
    }

    fn comb_stmt(&self, s: &Stmt, ov: &mut HashMap<SignalId, Tv>) {
        let view = Overlay { base: self, ov };
        match s {
            Stmt::Block(v) => v.iter().for_each(|x| self.comb_stmt(x, ov)),
            Stmt::Assign { lhs, rhs, .. } => match lhs {
                LValue::Whole(t) => {
                    let w = self.m.signal(*t).width();
                    let v = Evaluator::new(self.m, &view).eval_in(rhs, w);
                    ov.insert(*t, v);
                }
                other => {
                    let mut t = vec![];
                    other.targets(&mut t);
                    for (sig, _) in t {
                        ov.insert(sig, Tv::unknown(self.m.signal(sig).width()));
                    }
                }
            },
            Stmt::If {
                cond,
                then_s,
                else_s,
                ..
            } => match Evaluator::new(self.m, &view).truth(cond) {
                Some(true) => self.comb_stmt(then_s, ov),
                Some(false) => {
                    if let Some(e) = else_s {
                        self.comb_stmt(e, ov)
                    }
                }
                None => {
                    let mut a = ov.clone();
                    self.comb_stmt(then_s, &mut a);
                    let mut b = ov.clone();
                    if let Some(e) = else_s {
                        self.comb_stmt(e, &mut b);
                    }
                    *ov = merge(self.m, a, b);
                }
            },
            Stmt::Case {
                kind,
                sel,
                arms,
                default,
                ..
            } => {
                let ev = Evaluator::new(self.m, &view);
                let selv = ev.eval(sel);
                let mut branches: Vec<HashMap<SignalId, Tv>> = vec![];
                let mut decided = false;
                for a in arms {
                    let verdict = ev.arm_matches(*kind, &selv, &a.labels);
                    if verdict == Some(false) {
                        continue;
                    }
                    let mut b = ov.clone();
                    self.comb_stmt(&a.body, &mut b);
                    branches.push(b);
                    if verdict == Some(true) {
                        decided = true;
                        break;
                    }
                }
                if !decided {
                    let mut b = ov.clone();
                    if let Some(d) = default {
                        self.comb_stmt(d, &mut b);
                    }
                    branches.push(b);
                }
                let mut it = branches.into_iter();
                let first = it.next().unwrap_or_default();
                *ov = it.fold(first, |acc, b| merge(self.m, acc, b));
            }
            Stmt::SysTask { .. } | Stmt::Nop => {}
        }
    }
}

/// Join of two branch results: a signal assigned on one side only is unknown after the join.
fn merge(m: &Module, a: HashMap<SignalId, Tv>, b: HashMap<SignalId, Tv>) -> HashMap<SignalId, Tv> {
    let mut out = HashMap::new();
    for (k, va) in &a {
        let v = match b.get(k) {
            Some(vb) => va.merge(vb),
            None => Tv::unknown(m.signal(*k).width()),
        };
        out.insert(*k, v);
    }
    for k in b.keys() {
        out.entry(*k)
            .or_insert_with(|| Tv::unknown(m.signal(*k).width()));
    }
    out
}

struct Overlay<'a, 'm> {
    base: &'a StateEnv<'m>,
    ov: &'a HashMap<SignalId, Tv>,
}

impl Env for Overlay<'_, '_> {
    fn signal(&self, id: SignalId) -> Tv {
        match self.ov.get(&id) {
            Some(v) => v.clone(),
            None => self.base.signal(id),
        }
    }
}

impl Env for StateEnv<'_> {
    fn signal(&self, id: SignalId) -> Tv {
        if let Some(v) = self.fixed(id) {
            return v.clone();
        }
        if let Some(v) = self.facts.inactive_value(id) {
            return v;
        }
        let w = self.m.signal(id).width();
        if self.facts.is_register(id) || self.m.signal(id).direction == Some(Direction::Input) {
            return Tv::unknown(w);
        }
        if let Some(v) = self.memo.borrow().get(&id) {
            return v.clone();
        }
        if !self.busy.borrow_mut().insert(id) {
            return Tv::unknown(w); // combinational loop
        }
        let v = self.comb_value(id);
        self.busy.borrow_mut().remove(&id);
        self.memo.borrow_mut().insert(id, v.clone());
        v
    }
}
