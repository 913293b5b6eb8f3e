//! Guard literals: the conditions on a path through the clock edge's logic, in a normal text form,
//! so that a write and a transition controlled by the same condition (in different processes, as
//! Vitis writes one always block per register) can be matched.
//!
//! A literal is only produced from a condition whose value is the same wherever it is evaluated in
//! the clock cycle: conditions that mention a signal assigned by a blocking assignment in a clocked
//! process, or assigned by the combinational process being executed, give no literal (no
//! information, never wrong information).

use crate::ir::dump::expr_to_string;
use crate::ir::eval::Evaluator;
use crate::ir::*;
use std::collections::{BTreeSet, HashMap, HashSet};

pub type Literals = BTreeSet<String>;

/// `l` and `k` are a literal and its negation (in either order).
pub fn complementary(l: &str, k: &str) -> bool {
    let negates = |n: &str, x: &str| {
        n.strip_prefix("!(")
            .and_then(|n| n.strip_suffix(')'))
            .is_some_and(|n| n == x)
    };
    negates(l, k) || negates(k, l)
}

/// Provably exclusive guards: a literal on one side whose negation is on the other.
pub fn exclusive(a: &Literals, b: &Literals) -> bool {
    a.iter().any(|l| b.iter().any(|k| complementary(l, k)))
}

/// A test of one whole signal against a constant (`x` for a 1-bit `x`, `x == c`, `c == x`): the
/// signal and the value it has where the test is true.
pub fn signal_test(m: &Module, e: &Expr) -> Option<(SignalId, Tv)> {
    match e {
        Expr::Sig(x) if m.signal(*x).width() == 1 => Some((*x, Tv::from_u64(1, 1))),
        Expr::Binary(BinaryOp::Eq | BinaryOp::CaseEq, a, b) => match (&**a, &**b) {
            (Expr::Sig(x), Expr::Const { value, .. })
            | (Expr::Const { value, .. }, Expr::Sig(x))
                if value.is_known() =>
            {
                Some((*x, value.resize(m.signal(*x).width()).signed(false)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// What literals may be reasoned with: signals whose value can differ within one cycle depending
/// on where it is read, and signals that restate a condition. Built once per module (facts).
#[derive(Debug, Default)]
pub struct Unstable {
    global: HashSet<SignalId>,
    /// 1-bit combinational signals that only restate a condition (Vitis
    /// `always @(*) if (c) x = 1'b1; else x = 1'b0;`): literals on `x` are literals on `c`, so a
    /// guard written with `x` and one written with `c` can be seen exclusive.
    restates: HashMap<SignalId, Expr>,
    /// 1-bit signals that are another under a second name (`assign x = y;`, and the port
    /// connections of an inlined instance: a ROM's `if (ce0)` is the parent's `lut_ce0`):
    /// literals on `x` are literals on `y`, so a write guarded inside an instance meets the
    /// transition guard its parent computes the enable from.
    aliases: HashMap<SignalId, SignalId>,
}

impl Unstable {
    pub fn new(m: &Module) -> Unstable {
        let mut global = HashSet::new();
        for p in &m.processes {
            if matches!(p.kind, ProcessKind::Clocked { .. }) {
                global.extend(p.body.blocking_targets());
            }
        }
        let mut restates = HashMap::new();
        for p in &m.processes {
            if p.kind != ProcessKind::Comb {
                continue;
            }
            let body = match &p.body {
                Stmt::Block(v) if v.len() == 1 => &v[0],
                b => b,
            };
            let Stmt::If {
                cond,
                then_s,
                else_s: Some(else_s),
                ..
            } = body
            else {
                continue;
            };
            let assigned = |st: &Stmt| -> Option<(SignalId, u64)> {
                let st = match st {
                    Stmt::Block(v) if v.len() == 1 => &v[0],
                    x => x,
                };
                match st {
                    Stmt::Assign {
                        lhs: LValue::Whole(x),
                        rhs: Expr::Const { value, .. },
                        ..
                    } if m.signal(*x).width() == 1 => Some((*x, value.to_u64()?)),
                    _ => None,
                }
            };
            if let (Some((x, 1)), Some((y, 0))) = (assigned(then_s), assigned(else_s)) {
                if x == y {
                    restates.insert(x, cond.clone());
                }
            }
        }
        let mut aliases = HashMap::new();
        for a in &m.assigns {
            if let (LValue::Whole(x), Expr::Sig(y)) = (&a.lhs, &a.rhs) {
                if x != y && m.signal(*x).width() == 1 && m.signal(*y).width() == 1 {
                    aliases.insert(*x, *y);
                }
            }
        }
        Unstable {
            global,
            restates,
            aliases,
        }
    }

    /// What a 1-bit signal is under its first name that is not an alias (at most 16 steps: a
    /// loop of assigns is a combinational loop, no name to reason with).
    fn unaliased(&self, mut x: SignalId) -> Option<SignalId> {
        let first = x;
        for _ in 0..16 {
            match self.aliases.get(&x) {
                Some(&y) => x = y,
                None => return (x != first).then_some(x),
            }
        }
        None
    }
}

/// A test of a 1-bit signal (`x`, `x == 1'b1`, `x == 1'b0`): the signal and the polarity.
fn bit_test(m: &Module, e: &Expr) -> Option<(SignalId, bool)> {
    signal_test(m, e)
        .filter(|(x, _)| m.signal(*x).width() == 1)
        .map(|(x, v)| (x, v.to_u64() == Some(1)))
}

/// Where a condition is evaluated: inside a combinational process, its own targets are unstable.
/// `unstable: None` accepts every condition (for display, not for reasoning).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub unstable: Option<&'a Unstable>,
    pub local: Option<&'a HashSet<SignalId>>,
}

impl Scope<'_> {
    fn stable(&self, e: &Expr) -> bool {
        let Some(u) = self.unstable else {
            return true;
        };
        let mut sigs = vec![];
        e.signals(&mut sigs);
        !sigs
            .iter()
            .any(|s| u.global.contains(s) || self.local.is_some_and(|l| l.contains(s)))
    }
}

/// Targets of a process (for `Scope::local`).
pub fn targets(p: &Process) -> HashSet<SignalId> {
    let mut out = HashSet::new();
    p.body.walk(&mut |s| {
        if let Stmt::Assign { lhs, .. } = s {
            let mut t = vec![];
            lhs.targets(&mut t);
            out.extend(t.into_iter().map(|x| x.0));
        }
    });
    out
}

/// Literals implied by `cond` having truth value `positive` (when it is unknown in this state).
pub fn of_condition<E: eval::Env + ?Sized>(
    m: &Module,
    ev: &Evaluator<'_, E>,
    scope: &Scope,
    cond: &Expr,
    positive: bool,
) -> Literals {
    let mut out = Literals::new();
    collect(m, ev, scope, cond, positive, &mut out);
    out
}

fn collect<E: eval::Env + ?Sized>(
    m: &Module,
    ev: &Evaluator<'_, E>,
    scope: &Scope,
    e: &Expr,
    positive: bool,
    out: &mut Literals,
) {
    match e {
        // A true conjunction makes each conjunct true (1-bit operands only for `&`).
        Expr::Binary(BinaryOp::LogAnd, a, b) if positive => {
            collect(m, ev, scope, a, true, out);
            collect(m, ev, scope, b, true, out);
        }
        Expr::Binary(BinaryOp::BitAnd, a, b)
            if positive && eval::self_width(m, a) == 1 && eval::self_width(m, b) == 1 =>
        {
            collect(m, ev, scope, a, true, out);
            collect(m, ev, scope, b, true, out);
        }
        // `!(a && b)` with `a` already true in this state is `!b` (and symmetrically).
        Expr::Binary(BinaryOp::LogAnd, a, b) if !positive && ev.truth(a) == Some(true) => {
            collect(m, ev, scope, b, false, out)
        }
        Expr::Binary(BinaryOp::LogAnd, a, b) if !positive && ev.truth(b) == Some(true) => {
            collect(m, ev, scope, a, false, out)
        }
        Expr::Binary(BinaryOp::BitAnd, a, b)
            if !positive
                && eval::self_width(m, a) == 1
                && eval::self_width(m, b) == 1
                && (ev.truth(a) == Some(true) || ev.truth(b) == Some(true)) =>
        {
            let other = if ev.truth(a) == Some(true) { b } else { a };
            collect(m, ev, scope, other, false, out)
        }
        // A false disjunction makes each disjunct false (1-bit operands only for `|`).
        Expr::Binary(BinaryOp::LogOr, a, b) if !positive => {
            collect(m, ev, scope, a, false, out);
            collect(m, ev, scope, b, false, out);
        }
        Expr::Binary(BinaryOp::BitOr, a, b)
            if !positive && eval::self_width(m, a) == 1 && eval::self_width(m, b) == 1 =>
        {
            collect(m, ev, scope, a, false, out);
            collect(m, ev, scope, b, false, out);
        }
        Expr::Unary(UnaryOp::LogNot, a) => collect(m, ev, scope, a, !positive, out),
        Expr::Unary(UnaryOp::BitNot, a) if eval::self_width(m, a) == 1 => {
            collect(m, ev, scope, a, !positive, out)
        }
        _ if scope
            .unstable
            .is_some_and(|u| bit_test(m, e).is_some_and(|(x, _)| u.unaliased(x).is_some())) =>
        {
            let (x, pol) = bit_test(m, e).expect("checked");
            let y = scope
                .unstable
                .expect("checked")
                .unaliased(x)
                .expect("checked");
            collect(m, ev, scope, &Expr::Sig(y), positive == pol, out)
        }
        _ if scope
            .unstable
            .is_some_and(|u| bit_test(m, e).is_some_and(|(x, _)| u.restates.contains_key(&x))) =>
        {
            let (x, pol) = bit_test(m, e).expect("checked");
            let c = &scope.unstable.expect("checked").restates[&x];
            collect(m, ev, scope, c, positive == pol, out)
        }
        // A 1-bit test (`x == 1'b0`, `1'b1 == x`) is a literal on `x` itself: `x == 1'b0` and
        // `!(x == 1'b1)` are one literal, as Vitis writes a loop's exit test and its negation.
        // For reasoning only: displayed guards keep the design's own text.
        _ if scope.unstable.is_some() && !matches!(e, Expr::Sig(_)) && bit_test(m, e).is_some() => {
            let (x, pol) = bit_test(m, e).expect("checked");
            collect(m, ev, scope, &Expr::Sig(x), positive == pol, out)
        }
        _ => {
            // Conjuncts already decided by the state carry no information.
            if ev.truth(e).is_some() || !scope.stable(e) {
                return;
            }
            let text = normal_text(m, e);
            out.insert(if positive { text } else { format!("!({text})") });
        }
    }
}

/// `1'b1 == x` and `x == 1'b1` render alike.
fn normal_text(m: &Module, e: &Expr) -> String {
    if let Expr::Binary(
        op @ (BinaryOp::Eq | BinaryOp::Ne | BinaryOp::CaseEq | BinaryOp::CaseNe),
        a,
        b,
    ) = e
    {
        if matches!(**a, Expr::Const { .. }) && !matches!(**b, Expr::Const { .. }) {
            let swapped = Expr::Binary(*op, b.clone(), a.clone());
            return expr_to_string(m, &swapped);
        }
    }
    expr_to_string(m, e)
}

/// The literal for taking a case arm whose match is unknown in this state.
pub fn of_case_arm(m: &Module, scope: &Scope, sel: &Expr, labels: &[Expr]) -> Literals {
    if !scope.stable(sel) {
        return Literals::new();
    }
    let l: Vec<String> = labels.iter().map(|x| expr_to_string(m, x)).collect();
    Literals::from([format!(
        "{} matches {}",
        expr_to_string(m, sel),
        l.join("/")
    )])
}
