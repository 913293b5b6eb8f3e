//! Structural facts every analysis needs: who drives each signal, which signals are registers,
//! which inputs are resets.

use crate::ir::*;
use std::collections::{BTreeSet, HashMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Assign(usize),
    CombProcess(usize),
    Instance(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reset {
    pub signal: SignalId,
    pub active_high: bool,
    pub asynchronous: bool,
    /// The input a synchronised reset comes from, and whether it is active high there.
    pub source: Option<(SignalId, bool)>,
}

#[derive(Debug, Default)]
pub struct ModuleFacts {
    /// Combinational drivers per signal.
    pub comb_drivers: HashMap<SignalId, Vec<Driver>>,
    /// Clocked processes writing each register.
    pub clocked_writers: HashMap<SignalId, Vec<usize>>,
    /// Signals written by clocked processes (flip-flops and memories), in declaration order.
    pub registers: BTreeSet<SignalId>,
    pub resets: Vec<Reset>,
    /// Per clocked process: its reset, if it has a reset branch (`reset_candidates`).
    pub reset_of_process: HashMap<usize, Reset>,
    /// Signals that are plain copies of another (`Module::alias_roots`): instance ports.
    pub alias: HashMap<SignalId, SignalId>,
    /// What guard literals may be reasoned with (shared by every per-state evaluation).
    pub unstable: super::literals::Unstable,
}

impl ModuleFacts {
    pub fn build(m: &Module) -> ModuleFacts {
        let mut f = ModuleFacts {
            alias: m.alias_roots(),
            unstable: super::literals::Unstable::new(m),
            ..ModuleFacts::default()
        };
        for (i, a) in m.assigns.iter().enumerate() {
            let mut t = vec![];
            a.lhs.targets(&mut t);
            for (s, _) in t {
                f.comb_drivers.entry(s).or_default().push(Driver::Assign(i));
            }
        }
        for (i, inst) in m.instances.iter().enumerate() {
            for c in &inst.connections {
                if matches!(c.direction, Some(Direction::Input)) {
                    continue;
                }
                let mut sigs = vec![];
                if let Some(e) = &c.expr {
                    e.signals(&mut sigs);
                }
                for s in sigs {
                    f.comb_drivers
                        .entry(s)
                        .or_default()
                        .push(Driver::Instance(i));
                }
            }
        }
        for (i, p) in m.processes.iter().enumerate() {
            let mut targets = vec![];
            p.body.walk(&mut |s| {
                if let Stmt::Assign { lhs, .. } = s {
                    lhs.targets(&mut targets);
                }
            });
            targets.sort();
            targets.dedup();
            match &p.kind {
                ProcessKind::Comb => {
                    for (s, _) in targets {
                        let v = f.comb_drivers.entry(s).or_default();
                        if !v.contains(&Driver::CombProcess(i)) {
                            v.push(Driver::CombProcess(i));
                        }
                    }
                }
                ProcessKind::Clocked { events } => {
                    for (s, _) in &targets {
                        let v = f.clocked_writers.entry(*s).or_default();
                        if !v.contains(&i) {
                            v.push(i);
                        }
                        f.registers.insert(*s);
                    }
                    if let Some((_, r)) = reset_stmt(m, &f.alias, &p.body, events) {
                        if !f.resets.iter().any(|x| x.signal == r.signal) {
                            f.resets.push(r.clone());
                        }
                        f.reset_of_process.insert(i, r);
                    }
                }
                ProcessKind::Initial => {}
            }
        }
        f
    }

    pub fn is_register(&self, s: SignalId) -> bool {
        self.registers.contains(&s)
    }

    /// The reset branch of clocked process `pi` (an `if` statement), if it has one.
    pub fn reset_branch_of<'a>(&self, m: &'a Module, pi: usize) -> Option<&'a Stmt> {
        self.reset_of_process.get(&pi)?;
        let p = &m.processes[pi];
        let ProcessKind::Clocked { events } = &p.kind else {
            return None;
        };
        reset_stmt(m, &self.alias, &p.body, events).map(|(st, _)| st)
    }

    /// The signal `s` copies (itself when it is no copy).
    pub fn root(&self, s: SignalId) -> SignalId {
        self.alias.get(&s).copied().unwrap_or(s)
    }

    /// Value that makes reset inactive.
    pub fn inactive_value(&self, s: SignalId) -> Option<Tv> {
        self.resets
            .iter()
            .find(|r| r.signal == s)
            .map(|r| Tv::from_u64(1, (!r.active_high) as u64))
    }
}

/// The first statement of a clocked process, with its block wrappers removed.
pub fn first_stmt(body: &Stmt) -> &Stmt {
    match body {
        Stmt::Block(v) if !v.is_empty() => first_stmt(&v[0]),
        s => s,
    }
}

/// The statements of a clocked process that may be its reset branch: the first one
/// (`if (rst) ... else ...`, the common form), and the last one when it is an `if` with no
/// `else` — LegUp 3/4 write each register's reset as the process's final statement
/// (`if (a) r <= x; if (b) r <= y; if (reset == 1'd1) r <= 0;`): the last assignment wins, so
/// it has the priority of a reset branch.
pub fn reset_candidates(body: &Stmt) -> impl Iterator<Item = &Stmt> {
    let first = first_stmt(body);
    let mut last = None;
    if let Stmt::Block(v) = body {
        if v.len() > 1 {
            if let Some(l @ Stmt::If { else_s: None, .. }) = v.last() {
                last = Some(l);
            }
        }
    }
    std::iter::once(first).chain(last)
}

/// The reset branch of a clocked process (see `reset_candidates`) and its reset.
pub fn reset_stmt<'a>(
    m: &Module,
    alias: &HashMap<SignalId, SignalId>,
    body: &'a Stmt,
    events: &[(Edge, SignalId)],
) -> Option<(&'a Stmt, Reset)> {
    reset_candidates(body).find_map(|st| reset_branch_at(m, alias, st, events).map(|r| (st, r)))
}

/// `if (rst) <constants> [else ...]` with `rst` a 1-bit input: a reset branch. Returns the reset.
fn reset_branch_at(
    m: &Module,
    alias: &HashMap<SignalId, SignalId>,
    stmt: &Stmt,
    events: &[(Edge, SignalId)],
) -> Option<Reset> {
    let Stmt::If { cond, then_s, .. } = stmt else {
        return None;
    };
    let (sig, active_high) = reset_condition(cond)?;
    // An instance's reset port counts when it is a copy of a reset input of the top.
    let root = alias.get(&sig).copied().unwrap_or(sig);
    let s = m.signal(root);
    let source = (s.direction != Some(Direction::Input))
        .then(|| synchronised_input(m, root, 0))
        .flatten()
        .map(|(i, inverted)| (i, active_high != inverted));
    let input = s.direction == Some(Direction::Input) || source.is_some();
    if !input || s.width() != 1 {
        return None;
    }
    let mut all_const = true;
    let mut any = false;
    then_s.walk(&mut |st| {
        if let Stmt::Assign { rhs, .. } = st {
            any = true;
            // Constant expressions too (`{AW{1'b0}}`, `'h0`): folded with no signal known.
            let folded = crate::ir::eval::Evaluator::new(m, &crate::ir::eval::NoSignals).eval(rhs);
            all_const &= matches!(rhs, Expr::Const { .. }) || folded.is_known();
        }
    });
    if !(any && all_const) {
        return None;
    }
    Some(Reset {
        signal: root,
        active_high,
        asynchronous: events.iter().skip(1).any(|(_, s)| *s == sig)
            || events.iter().any(|(_, s)| *s == sig) && events.len() > 1,
        source,
    })
}

/// Is `s` an input seen through a reset synchroniser (nngen: `RESETN_inv_buf` is the second of
/// two flip-flops fed by `!RESETN`)? Registers written only by plain unconditional copies, and
/// nets that copy or invert, lead back to an input within a few steps. Returns the input and
/// whether the path inverts it.
fn synchronised_input(m: &Module, s: SignalId, depth: usize) -> Option<(SignalId, bool)> {
    if depth > 6 {
        return None;
    }
    let sig = m.signal(s);
    if sig.direction == Some(Direction::Input) {
        return (depth > 0).then_some((s, false));
    }
    if sig.width() != 1 || sig.is_memory() {
        return None;
    }
    let through = |e: &Expr| match e {
        Expr::Sig(x) => Some((*x, false)),
        Expr::Unary(UnaryOp::LogNot | UnaryOp::BitNot, a) => match &**a {
            Expr::Sig(x) => Some((*x, true)),
            _ => None,
        },
        _ => None,
    };
    let further = |(x, inv): (SignalId, bool)| {
        synchronised_input(m, x, depth + 1).map(|(i, more)| (i, inv != more))
    };
    // A net: one continuous assign that copies or inverts.
    let assigns: Vec<&ContAssign> = m
        .assigns
        .iter()
        .filter(|a| a.lhs == LValue::Whole(s))
        .collect();
    if let [a] = assigns.as_slice() {
        return through(&a.rhs).and_then(further);
    }
    // A combinational block that only copies or inverts: Vitis writes
    // `always @ (*) begin ap_rst_n_inv = ~ap_rst_n; end` and tests `ap_rst_n_inv` everywhere.
    let writers: Vec<&Process> = m
        .processes
        .iter()
        .filter(|p| p.kind == ProcessKind::Comb)
        .filter(|p| {
            let mut t = vec![];
            p.body.walk(&mut |st| {
                if let Stmt::Assign { lhs, .. } = st {
                    lhs.targets(&mut t);
                }
            });
            t.iter().any(|(x, _)| *x == s)
        })
        .collect();
    if let ([p], true) = (writers.as_slice(), assigns.is_empty()) {
        let body = match &p.body {
            Stmt::Block(v) if v.len() == 1 => &v[0],
            other => other,
        };
        if let Stmt::Assign { lhs, rhs, .. } = body {
            if *lhs == LValue::Whole(s) {
                return through(rhs).and_then(further);
            }
        }
        return None;
    }
    // A flip-flop: written in one clocked process made only of unconditional assignments.
    let mut source = None;
    let mut writers = 0;
    for p in &m.processes {
        let ProcessKind::Clocked { .. } = p.kind else {
            continue;
        };
        let stmts: Vec<&Stmt> = match &p.body {
            Stmt::Block(v) => v.iter().collect(),
            other => vec![other],
        };
        let writes = stmts
            .iter()
            .any(|st| matches!(st, Stmt::Assign { lhs, .. } if *lhs == LValue::Whole(s)));
        if !writes {
            continue;
        }
        writers += 1;
        if !stmts.iter().all(|st| matches!(st, Stmt::Assign { .. })) {
            return None;
        }
        for st in stmts {
            if let Stmt::Assign { lhs, rhs, .. } = st {
                if *lhs == LValue::Whole(s) {
                    source = through(rhs);
                }
            }
        }
    }
    if writers != 1 {
        return None;
    }
    source.and_then(further)
}

/// `rst`, `!rst`, `~rst`, `rst == 1'b1`, `1'b0 == rst_n`, `rst != 0` ...
pub fn reset_condition(cond: &Expr) -> Option<(SignalId, bool)> {
    match cond {
        Expr::Sig(s) => Some((*s, true)),
        Expr::Unary(UnaryOp::LogNot | UnaryOp::BitNot, a) => match &**a {
            Expr::Sig(s) => Some((*s, false)),
            _ => None,
        },
        Expr::Binary(
            op @ (BinaryOp::Eq | BinaryOp::CaseEq | BinaryOp::Ne | BinaryOp::CaseNe),
            a,
            b,
        ) => {
            let (s, c) = match (&**a, &**b) {
                (Expr::Sig(s), Expr::Const { value, .. })
                | (Expr::Const { value, .. }, Expr::Sig(s)) => (*s, value.to_u64()?),
                _ => return None,
            };
            let eq = matches!(op, BinaryOp::Eq | BinaryOp::CaseEq);
            Some((s, (c != 0) == eq))
        }
        _ => None,
    }
}
