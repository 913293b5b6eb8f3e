//! Per-state def/use of registers and memories, by partial evaluation with the state register fixed.
//!
//! * use: registers in the cone of influence of everything the clock edge in this state may
//!   compute — conditions, right-hand sides, indices — through combinational signals, pruned where
//!   a mux select or an `&&`/`&`/`||` operand is constant in this state;
//! * may-def: registers a clocked process may write in this state;
//! * kill: registers written in full on every path (unconditionally) in this state;
//! * deps: per register or memory a clocked process writes, what the written value and the
//!   conditions guarding the write read. Those reads matter only when the written register is
//!   live after the edge (liveness adds them then): a value that only flows into dead
//!   registers is dead too ("strong" or faint-variable liveness). A free-running DSP or
//!   divider pipeline, or a chain of pipeline stage copies, reads its registers in every cycle,
//!   but they are live only where the result is going to be used.
//!
//! Output ports and the inputs of instances that are not inlined are observed in every cycle:
//! their cone, pruned with the state fixed like every other read, is a use in each state. A
//! register that reaches an output only through a mux arm closed in this state (`ap_return`
//! selected in the done state, an AXI-Lite read-data mux) is not read here. A data output that
//! its protocol qualifies with a valid (`qualifiers`: TDATA with TVALID, ap_return with ap_done,
//! ...) is observed only in states where one of its valids may be high.

use super::facts::{Driver, ModuleFacts};
use super::literals::{self, Literals, Scope, Unstable};
use super::mem_words::{self, Words};
use super::qualifiers::{self, OutputRule};
use super::state_env::StateEnv;
use crate::ir::eval::Evaluator;
use crate::ir::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DefUse {
    pub uses: BTreeSet<SignalId>,
    pub may_def: BTreeSet<SignalId>,
    pub kills: BTreeSet<SignalId>,
    /// Whole-register writes that happen only under these guard literals (all must hold).
    pub cond_writes: Vec<(SignalId, Literals)>,
    /// Whole writes of 1-bit registers whose value is not a known 0 in this state, with their
    /// path's guard literals (definite ones too): where a done/valid flag may rise (`insert::jobs`).
    pub may_set: Vec<(SignalId, Literals)>,
    /// Memory reads and writes of clocked processes with the guard literals of their path (for
    /// non-volatile memories: a read and a write on exclusive paths never share a cycle).
    pub mem_reads: Vec<(SignalId, Literals)>,
    pub mem_writes: Vec<(SignalId, Literals)>,
    /// Registers the observed roots (`observed_roots`) read in this state: part of `uses`.
    pub observed: BTreeSet<SignalId>,
    /// Registers in `uses` only because an output port reads them in this state (the design's
    /// own logic and its instances do not): what a host that looks at outputs only at some
    /// moments may not need (`insert::jobs`).
    pub output_only: BTreeSet<SignalId>,
    /// Per register or memory written in this state: the registers its new value and the
    /// conditions of the write read (a use only when it is live after the edge).
    pub deps: BTreeMap<SignalId, BTreeSet<SignalId>>,
}

/// Where the reads of a statement walk go.
struct Sink {
    /// Reads that are uses whatever is live: everything in a combinational process; in a
    /// clocked one, what a blocking write to a register reads (a temporary whose later direct
    /// reads are not counted, `Reader::expr_after`).
    reads: BTreeSet<SignalId>,
    /// Clocked processes: the reads behind each non-blocking (or memory) write. `None` in a
    /// combinational process, whose outputs are read wherever it is used.
    deps: Option<BTreeMap<SignalId, BTreeSet<SignalId>>>,
    /// Condition reads of the enclosing `if`/`case` branches, cumulative (top = all of them).
    conds: Vec<BTreeSet<SignalId>>,
}

impl Sink {
    fn new(clocked: bool) -> Self {
        Sink {
            reads: BTreeSet::new(),
            deps: clocked.then(BTreeMap::new),
            conds: vec![],
        }
    }

    /// Enter a branch whose condition read `r`.
    fn push_cond(&mut self, r: BTreeSet<SignalId>) {
        match &self.deps {
            None => {
                self.reads.extend(r);
                self.conds.push(BTreeSet::new());
            }
            Some(_) => {
                let mut all = self.conds.last().cloned().unwrap_or_default();
                all.extend(r);
                self.conds.push(all);
            }
        }
    }

    fn pop_cond(&mut self) {
        self.conds.pop();
    }

    /// A write to `targets` whose value (and index) read `r`.
    fn write(&mut self, targets: &[SignalId], r: BTreeSet<SignalId>, unconditional_use: bool) {
        let conds = self.conds.last();
        match &mut self.deps {
            Some(deps) if !unconditional_use => {
                for t in targets {
                    let d = deps.entry(*t).or_default();
                    d.extend(r.iter().copied());
                    if let Some(c) = conds {
                        d.extend(c.iter().copied());
                    }
                }
            }
            _ => {
                if let Some(c) = conds {
                    self.reads.extend(c.iter().copied());
                }
                self.reads.extend(r);
            }
        }
    }
}

impl DefUse {
    /// Memories this state may both read and write in one cycle: some read and some write whose
    /// paths are not provably exclusive (no literal on one whose negation is on the other).
    pub fn mem_read_write(&self) -> BTreeSet<SignalId> {
        let exclusive = literals::exclusive;
        self.mem_reads
            .iter()
            .filter(|(m, pr)| {
                self.mem_writes
                    .iter()
                    .any(|(w, pw)| w == m && !exclusive(pr, pw))
            })
            .map(|(m, _)| *m)
            .collect()
    }
}

/// The module's output (and inout) ports: what the outside reads.
fn output_ports(m: &Module) -> impl Iterator<Item = SignalId> + '_ {
    m.ports.iter().copied().filter(|&p| {
        matches!(
            m.signal(p).direction,
            Some(Direction::Output | Direction::Inout)
        )
    })
}

/// What the outside sees: the output ports, and the expressions connected to the inputs of
/// instances that are not inlined (the design's own uses).
pub struct Observed {
    /// Per output port: the port and its valids (`qualifiers`; empty: observed in every cycle).
    pub ports: Vec<(SignalId, Vec<SignalId>)>,
    /// Instance inputs: read in every cycle.
    pub instance_inputs: Vec<Expr>,
}

/// The observed roots of `m`; with `OutputRule::Protocol`, qualified outputs carry their valids.
pub fn observed_roots(m: &Module, rule: OutputRule) -> Observed {
    let qualified: HashMap<SignalId, Vec<SignalId>> = match rule {
        OutputRule::Protocol => qualifiers::output_qualifiers(m)
            .into_iter()
            .map(|q| (q.port, q.valids))
            .collect(),
        OutputRule::Always => HashMap::new(),
    };
    let ports = output_ports(m)
        .map(|p| (p, qualified.get(&p).cloned().unwrap_or_default()))
        .collect();
    let mut instance_inputs = vec![];
    for inst in &m.instances {
        for c in &inst.connections {
            if matches!(c.direction, Some(Direction::Output)) {
                continue;
            }
            if let Some(e) = &c.expr {
                instance_inputs.push(e.clone());
            }
        }
    }
    Observed {
        ports,
        instance_inputs,
    }
}

/// Registers read by output ports and instance inputs in some state (the unpruned cone): what
/// the report calls "feeds outputs" when there is no state graph to prune it with.
pub fn always_read(m: &Module, facts: &ModuleFacts) -> BTreeSet<SignalId> {
    let mut st = StaticCone {
        m,
        facts,
        memo: HashMap::new(),
    };
    let o = observed_roots(m, OutputRule::Always);
    o.ports
        .iter()
        .map(|(p, _)| Expr::Sig(*p))
        .chain(o.instance_inputs)
        .flat_map(|e| st.expr(&e))
        .collect()
}

/// Registers in the unpruned combinational cone of `sigs` (a register is its own cone).
pub fn register_cone(
    m: &Module,
    facts: &ModuleFacts,
    sigs: impl IntoIterator<Item = SignalId>,
) -> BTreeSet<SignalId> {
    let mut st = StaticCone {
        m,
        facts,
        memo: HashMap::new(),
    };
    let mut out = BTreeSet::new();
    for s in sigs {
        out.extend(st.signal(s));
    }
    out
}

/// Unpruned cone of influence, for signals that are observed in every state.
struct StaticCone<'m> {
    m: &'m Module,
    facts: &'m ModuleFacts,
    memo: HashMap<SignalId, BTreeSet<SignalId>>,
}

impl StaticCone<'_> {
    fn expr(&mut self, e: &Expr) -> BTreeSet<SignalId> {
        let mut sigs = vec![];
        e.signals(&mut sigs);
        if let Expr::Call { .. } = e {}
        let mut funcs = vec![];
        collect_calls(e, &mut funcs);
        for f in funcs {
            sigs.extend(self.m.functions[f].reads.iter().copied());
        }
        let mut out = BTreeSet::new();
        for s in sigs {
            out.extend(self.signal(s));
        }
        out
    }

    fn signal(&mut self, s: SignalId) -> BTreeSet<SignalId> {
        if self.facts.is_register(s) {
            return BTreeSet::from([s]);
        }
        if let Some(v) = self.memo.get(&s) {
            return v.clone();
        }
        self.memo.insert(s, BTreeSet::new()); // breaks combinational loops
        let mut out = BTreeSet::new();
        let drivers = self.facts.comb_drivers.get(&s).cloned().unwrap_or_default();
        for d in drivers {
            match d {
                Driver::Assign(i) => {
                    let a = &self.m.assigns[i];
                    out.extend(self.expr(&a.rhs));
                    for ie in a.lhs.index_exprs() {
                        out.extend(self.expr(ie));
                    }
                }
                Driver::CombProcess(p) => {
                    let mut exprs = vec![];
                    self.m.processes[p].body.exprs(&mut exprs);
                    for e in exprs {
                        out.extend(self.expr(e));
                    }
                }
                // State inside instances is not analysed here (hierarchy comes later): their
                // outputs depend on their inputs, which are read in every state anyway.
                Driver::Instance(_) => {}
            }
        }
        self.memo.insert(s, out.clone());
        out
    }
}

fn collect_calls(e: &Expr, out: &mut Vec<usize>) {
    if let Expr::Call { func, .. } = e {
        out.push(*func);
    }
    for c in e.children() {
        collect_calls(c, out);
    }
}

/// Pruned reads in one state.
struct Reader<'a, 'm> {
    m: &'m Module,
    facts: &'m ModuleFacts,
    env: &'a StateEnv<'m>,
    memo: RefCell<HashMap<SignalId, BTreeSet<SignalId>>>,
    proc_memo: RefCell<HashMap<usize, BTreeSet<SignalId>>>,
    busy: RefCell<HashSet<SignalId>>,
    unstable: &'a Unstable,
    /// Memories tracked word by word (`mem_words`): reads and writes at their constant addresses.
    words: &'a Words,
}

impl Reader<'_, '_> {
    fn ev(&self) -> Evaluator<'_, StateEnv<'_>> {
        Evaluator::new(self.m, self.env)
    }

    fn expr(&self, e: &Expr, out: &mut BTreeSet<SignalId>) {
        self.expr_after(e, &BTreeSet::new(), out)
    }

    /// Reads of `e` evaluated in a clocked process after blocking writes of the registers in
    /// `fresh`: a direct reference to one of them reads the new value, not the stored one (a
    /// blocking temporary such as `sample = ...; acc <= acc + sample;`). Reads through a
    /// combinational signal still see the stored value.
    fn expr_after(&self, e: &Expr, fresh: &BTreeSet<SignalId>, out: &mut BTreeSet<SignalId>) {
        let expr = |x: &Expr, out: &mut BTreeSet<SignalId>| self.expr_after(x, fresh, out);
        match e {
            Expr::Const { .. } => {}
            Expr::Sig(s) if fresh.contains(s) => {}
            Expr::Sig(s) => out.extend(self.signal(*s)),
            Expr::Word { mem, addr } => match self.word(*mem, addr) {
                Some(w) => {
                    out.insert(w);
                }
                None => match self.wire_word(*mem, addr) {
                    Some(r) => out.extend(r),
                    None => {
                        out.extend(self.signal(*mem));
                        expr(addr, out);
                    }
                },
            },
            Expr::Cond(c, a, b) => {
                expr(c, out);
                match self.ev().truth(c) {
                    Some(true) => expr(a, out),
                    Some(false) => expr(b, out),
                    None => {
                        expr(a, out);
                        expr(b, out);
                    }
                }
            }
            Expr::Binary(op @ (BinaryOp::LogAnd | BinaryOp::BitAnd | BinaryOp::Mul), a, b) => {
                // A known zero decides the result: the other operand is not needed.
                let zero = |x: &Expr| {
                    let v = self.ev().eval(x);
                    match op {
                        BinaryOp::LogAnd => v.truth() == Some(false),
                        _ => v.is_known() && v.truth() == Some(false),
                    }
                };
                if zero(a) {
                    expr(a, out)
                } else if zero(b) {
                    expr(b, out)
                } else {
                    expr(a, out);
                    expr(b, out);
                }
            }
            Expr::Binary(op @ (BinaryOp::LogOr | BinaryOp::BitOr), a, b) => {
                let ones = |x: &Expr| {
                    let v = self.ev().eval(x);
                    match op {
                        BinaryOp::LogOr => v.truth() == Some(true),
                        _ => v.is_known() && v.not().truth() == Some(false),
                    }
                };
                if ones(a) {
                    expr(a, out)
                } else if ones(b) {
                    expr(b, out)
                } else {
                    expr(a, out);
                    expr(b, out);
                }
            }
            Expr::Call { func, args } => {
                for a in args {
                    expr(a, out);
                }
                for s in &self.m.functions[*func].reads {
                    out.extend(self.signal(*s));
                }
            }
            _ => {
                for c in e.children() {
                    expr(c, out);
                }
            }
        }
    }

    /// The word id of `mem[addr]` when `mem` is tracked by words.
    fn word(&self, mem: SignalId, addr: &Expr) -> Option<SignalId> {
        self.words.word(mem, mem_words::const_addr(self.m, addr)?)
    }

    /// Reads of word `addr` of a combinational array (Vitis dividers' `cal_tmp[i]`, one `assign`
    /// per word in a generate loop): the assigns to that word only, when the address and every
    /// driver's address are constants. Without this a read of one word reads every word's cone.
    fn wire_word(&self, mem: SignalId, addr: &Expr) -> Option<BTreeSet<SignalId>> {
        if self.facts.is_register(mem) || !self.m.signal(mem).is_memory() {
            return None;
        }
        let k = mem_words::const_addr(self.m, addr)?;
        let mut out = BTreeSet::new();
        for d in self.facts.comb_drivers.get(&mem)? {
            let Driver::Assign(i) = d else { return None };
            let a = &self.m.assigns[*i];
            let LValue::Word(_, at) = &a.lhs else {
                return None;
            };
            if mem_words::const_addr(self.m, at)? == k {
                self.expr(&a.rhs, &mut out);
            }
        }
        Some(out)
    }

    /// A target a whole write overwrites entirely: a register, or a word of a memory tracked by
    /// words (never a memory as a whole).
    fn killable(&self, s: SignalId) -> bool {
        self.words.is_word(s) || !self.m.signal(s).is_memory()
    }

    /// A memory (word ids count as theirs).
    fn is_memory(&self, s: SignalId) -> bool {
        self.m.signal(self.words.memory_of(s)).is_memory()
    }

    fn signal(&self, s: SignalId) -> BTreeSet<SignalId> {
        if self.facts.is_register(s) {
            return BTreeSet::from([s]);
        }
        if let Some(v) = self.memo.borrow().get(&s) {
            return v.clone();
        }
        if !self.busy.borrow_mut().insert(s) {
            return BTreeSet::new();
        }
        let mut out = BTreeSet::new();
        for d in self.facts.comb_drivers.get(&s).into_iter().flatten() {
            match d {
                Driver::Assign(i) => {
                    let a = &self.m.assigns[*i];
                    self.expr(&a.rhs, &mut out);
                    for ie in a.lhs.index_exprs() {
                        self.expr(ie, &mut out);
                    }
                }
                Driver::CombProcess(p) => out.extend(self.comb_process(*p)),
                Driver::Instance(_) => {}
            }
        }
        self.busy.borrow_mut().remove(&s);
        self.memo.borrow_mut().insert(s, out.clone());
        out
    }

    /// Everything a combinational process may read in this state (taken branches only).
    fn comb_process(&self, p: usize) -> BTreeSet<SignalId> {
        if let Some(v) = self.proc_memo.borrow().get(&p) {
            return v.clone();
        }
        let mut sink = Sink::new(false);
        let mut du = DefUse::default();
        // Not a clocked process: its register reads are all of stored values (a blocking write
        // it makes is of a combinational value, whose own reads are counted where it is made).
        self.stmt(
            &self.m.processes[p].body,
            true,
            &Literals::new(),
            &mut du,
            &mut sink,
            &mut BTreeSet::new(),
        );
        self.proc_memo.borrow_mut().insert(p, sink.reads.clone());
        sink.reads
    }

    fn note_mem_reads(&self, r: &BTreeSet<SignalId>, path: &Literals, du: &mut DefUse) {
        let mems: BTreeSet<SignalId> = r
            .iter()
            .filter(|s| self.is_memory(**s))
            .map(|s| self.words.memory_of(*s))
            .collect();
        for s in mems {
            du.mem_reads.push((s, path.clone()));
        }
    }

    /// Registers (and tracked memory words) `s` writes whole on every path: both branches of an
    /// `if` whose condition is unknown here, the branch taken of one that is known, every arm and
    /// the default of a `case`.
    fn whole_writes(&self, s: &Stmt) -> BTreeSet<SignalId> {
        match s {
            Stmt::Block(v) => v.iter().flat_map(|x| self.whole_writes(x)).collect(),
            Stmt::Assign { lhs, .. } => {
                let mut t = vec![];
                self.targets(lhs, &mut t);
                t.into_iter()
                    .filter(|(x, whole)| *whole && self.killable(*x))
                    .map(|(x, _)| x)
                    .collect()
            }
            Stmt::If {
                cond,
                then_s,
                else_s,
                ..
            } => match (self.ev().truth(cond), else_s) {
                (Some(true), _) => self.whole_writes(then_s),
                (Some(false), Some(e)) => self.whole_writes(e),
                (None, Some(e)) => &self.whole_writes(then_s) & &self.whole_writes(e),
                _ => BTreeSet::new(),
            },
            Stmt::Case { arms, default, .. } => match default {
                Some(d) => arms
                    .iter()
                    .map(|a| self.whole_writes(&a.body))
                    .fold(self.whole_writes(d), |acc, w| &acc & &w),
                None => BTreeSet::new(),
            },
            Stmt::SysTask { .. } | Stmt::Nop => BTreeSet::new(),
        }
    }

    /// The targets of `lhs` with whether each is overwritten whole: a word of a memory tracked by
    /// words is a whole target of its own.
    fn targets(&self, lhs: &LValue, out: &mut Vec<(SignalId, bool)>) {
        match lhs {
            LValue::Word(mem, addr) => match self.word(*mem, addr) {
                Some(w) => out.push((w, true)),
                None => out.push((*mem, false)),
            },
            LValue::Concat(v) => v.iter().for_each(|l| self.targets(l, out)),
            other => other.targets(out),
        }
    }

    /// Walk a statement: collect reads into `sink`, writes into `du` (definite = on every path;
    /// `path` = the guard literals known to hold on this path; `fresh` = registers written in
    /// full by a blocking assignment earlier on this path, whose direct reads are not uses).
    fn stmt(
        &self,
        s: &Stmt,
        definite: bool,
        path: &Literals,
        du: &mut DefUse,
        reads: &mut Sink,
        fresh: &mut BTreeSet<SignalId>,
    ) {
        let scope = Scope {
            unstable: Some(self.unstable),
            local: None,
        };
        match s {
            Stmt::Block(v) => v
                .iter()
                .for_each(|x| self.stmt(x, definite, path, du, reads, fresh)),
            Stmt::Assign {
                lhs, rhs, blocking, ..
            } => {
                let mut r = BTreeSet::new();
                self.expr_after(rhs, fresh, &mut r);
                let mut t = vec![];
                self.targets(lhs, &mut t);
                for ie in lhs.index_exprs() {
                    // A word's constant address reads nothing.
                    if !t.iter().any(|(s, _)| self.words.is_word(*s)) {
                        self.expr_after(ie, fresh, &mut r);
                    }
                }
                self.note_mem_reads(&r, path, du);
                let sigs: Vec<SignalId> = t.iter().map(|(s, _)| *s).collect();
                // A blocking write to a register is a temporary: later direct reads of it are
                // not counted, so what it reads is a use now.
                let temporary = *blocking && sigs.iter().any(|s| !self.is_memory(*s));
                reads.write(&sigs, r, temporary);
                for &(sig, whole) in &t {
                    if whole
                        && !self.is_memory(sig)
                        && self.m.signal(sig).width() == 1
                        && self.ev().eval_in(rhs, 1).truth() != Some(false)
                    {
                        du.may_set.push((sig, path.clone()));
                    }
                }
                for (sig, whole) in t {
                    du.may_def.insert(sig);
                    if self.is_memory(sig) {
                        let mem = self.words.memory_of(sig);
                        du.may_def.insert(mem);
                        du.mem_writes.push((mem, path.clone()));
                    }
                    // A word tracked alone is killed like a register, but it is never a
                    // blocking temporary (its reads are words, not `Sig`s).
                    let register = self.killable(sig);
                    if *blocking && whole && register && !self.words.is_word(sig) {
                        fresh.insert(sig);
                    }
                    if whole && definite && register {
                        du.kills.insert(sig);
                    } else if whole && register {
                        du.cond_writes.push((sig, path.clone()));
                    }
                }
            }
            Stmt::If {
                cond,
                then_s,
                else_s,
                ..
            } => {
                let mut r = BTreeSet::new();
                self.expr_after(cond, fresh, &mut r);
                self.note_mem_reads(&r, path, du);
                reads.push_cond(r);
                let ev = self.ev();
                match ev.truth(cond) {
                    Some(true) => self.stmt(then_s, definite, path, du, reads, fresh),
                    Some(false) => {
                        if let Some(e) = else_s {
                            self.stmt(e, definite, path, du, reads, fresh)
                        }
                    }
                    None => {
                        // Each branch sees its own blocking writes; after the `if`, only those
                        // made on both branches.
                        let mut p = path.clone();
                        p.extend(literals::of_condition(self.m, &ev, &scope, cond, true));
                        let mut then_fresh = fresh.clone();
                        self.stmt(then_s, false, &p, du, reads, &mut then_fresh);
                        let mut else_fresh = fresh.clone();
                        if let Some(e) = else_s {
                            let mut p = path.clone();
                            p.extend(literals::of_condition(self.m, &ev, &scope, cond, false));
                            self.stmt(e, false, &p, du, reads, &mut else_fresh)
                        }
                        *fresh = &then_fresh & &else_fresh;
                        // Written whole on both branches (`if (neg) q <= -x; else q <= x;`):
                        // overwritten whichever is taken.
                        // (Only clocked processes kill: a combinational walk's `du` is dropped.)
                        if definite && reads.deps.is_some() {
                            if let Some(e) = else_s {
                                let both = &self.whole_writes(then_s) & &self.whole_writes(e);
                                du.kills.extend(both);
                            }
                        }
                    }
                }
                reads.pop_cond();
            }
            Stmt::Case {
                kind,
                sel,
                arms,
                default,
                ..
            } => {
                let mut r = BTreeSet::new();
                self.expr_after(sel, fresh, &mut r);
                for a in arms {
                    for l in &a.labels {
                        self.expr_after(l, fresh, &mut r);
                    }
                }
                self.note_mem_reads(&r, path, du);
                reads.push_cond(r);
                let ev = self.ev();
                let selv = ev.eval(sel);
                let mut certain = definite;
                // Blocking writes made on every arm that may be taken (and on the default or
                // no-match path) still hold after the `case`.
                let before = fresh.clone();
                let mut after: Option<BTreeSet<SignalId>> = None;
                let mut meet = |f: BTreeSet<SignalId>| {
                    after = Some(match after.take() {
                        Some(a) => &a & &f,
                        None => f,
                    })
                };
                for a in arms {
                    let verdict = ev.arm_matches(*kind, &selv, &a.labels);
                    match verdict {
                        Some(false) => {}
                        Some(true) => {
                            let mut f = before.clone();
                            self.stmt(&a.body, certain, path, du, reads, &mut f);
                            meet(f);
                            *fresh = after.unwrap_or_default();
                            reads.pop_cond();
                            return;
                        }
                        None => {
                            let mut p = path.clone();
                            p.extend(literals::of_case_arm(self.m, &scope, sel, &a.labels));
                            let mut f = before.clone();
                            self.stmt(&a.body, false, &p, du, reads, &mut f);
                            meet(f);
                            certain = false;
                        }
                    }
                }
                let mut f = before.clone();
                if let Some(d) = default {
                    self.stmt(d, certain, path, du, reads, &mut f);
                }
                meet(f);
                *fresh = after.unwrap_or_default();
                reads.pop_cond();
            }
            Stmt::SysTask { .. } | Stmt::Nop => {}
        }
    }
}

/// Def/use of one state: the state registers fixed to `fixed` (`Fsm::parts` of its code).
pub fn state_defuse(
    m: &Module,
    facts: &ModuleFacts,
    fixed: Vec<(SignalId, Tv)>,
    observed: &Observed,
    words: &Words,
) -> DefUse {
    let fixed_regs = fixed.clone();
    let env = StateEnv::new(m, facts, fixed);
    let reader = Reader {
        unstable: &facts.unstable,
        m,
        facts,
        env: &env,
        memo: RefCell::new(HashMap::new()),
        proc_memo: RefCell::new(HashMap::new()),
        busy: RefCell::new(HashSet::new()),
        words,
    };
    // Registers, memories, and the words of memories tracked by words.
    let keep = |s: SignalId| words.is_word(s) || facts.is_register(s);
    let mut du = DefUse::default();
    let mut sink = Sink::new(true);
    // Output ports apart from instance inputs: the latter are the design's own uses.
    let mut port_reads = BTreeSet::new();
    for (port, valids) in &observed.ports {
        // A qualified output whose valids are all known low here is not looked at.
        let unseen = !valids.is_empty()
            && valids
                .iter()
                .all(|v| reader.ev().truth(&Expr::Sig(*v)) == Some(false));
        if !unseen {
            reader.expr(&Expr::Sig(*port), &mut port_reads);
        }
    }
    for e in &observed.instance_inputs {
        reader.expr(e, &mut sink.reads);
    }
    du.observed = sink
        .reads
        .iter()
        .chain(&port_reads)
        .copied()
        .filter(|s| keep(*s))
        .collect();
    for p in &m.processes {
        if matches!(p.kind, ProcessKind::Clocked { .. }) {
            reader.stmt(
                &p.body,
                true,
                &Literals::new(),
                &mut du,
                &mut sink,
                &mut BTreeSet::new(),
            );
        }
    }
    let mut deps = sink.deps.take().unwrap_or_default();
    // The fixed registers (state codes, flags) are the state itself: always live, so what
    // their next value reads is a use.
    for (sig, _) in &fixed_regs {
        if let Some(d) = deps.remove(sig) {
            sink.reads.extend(d);
        }
    }
    du.output_only = port_reads
        .difference(&sink.reads)
        .copied()
        .filter(|s| keep(*s))
        .collect();
    sink.reads.extend(port_reads);
    du.uses = sink.reads.into_iter().filter(|s| keep(*s)).collect();
    du.deps = deps
        .into_iter()
        .filter(|(t, _)| keep(*t))
        .map(|(t, d)| (t, d.into_iter().filter(|s| keep(*s)).collect()))
        .collect();
    du.may_def.retain(|s| keep(*s));
    du.kills.retain(|s| keep(*s));
    du.cond_writes.retain(|(s, _)| keep(*s));
    du.may_set.retain(|(s, _)| keep(*s));
    du
}
