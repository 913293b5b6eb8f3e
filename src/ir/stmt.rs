//! Procedural statements.

use super::expr::{Expr, LValue};
use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseKind {
    Case,
    Casez,
    Casex,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseArm {
    pub labels: Vec<Expr>,
    pub body: Stmt,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Block(Vec<Stmt>),
    Assign {
        lhs: LValue,
        rhs: Expr,
        blocking: bool,
        span: Span,
    },
    If {
        cond: Expr,
        then_s: Box<Stmt>,
        else_s: Option<Box<Stmt>>,
        /// The else part's text (an `else if` chain's is from its `if` keyword to the end).
        else_span: Option<Span>,
        span: Span,
    },
    Case {
        kind: CaseKind,
        sel: Expr,
        arms: Vec<CaseArm>,
        default: Option<Box<Stmt>>,
        span: Span,
    },
    /// A system task such as `$display`: no effect on hardware state.
    SysTask {
        name: String,
        span: Span,
    },
    Nop,
}

impl Stmt {
    /// Signals this statement (and those inside it) assigns with `=`.
    pub fn blocking_targets(&self) -> Vec<super::SignalId> {
        let mut out = vec![];
        self.walk(&mut |st| {
            if let Stmt::Assign {
                lhs,
                blocking: true,
                ..
            } = st
            {
                let mut t = vec![];
                lhs.targets(&mut t);
                out.extend(t.into_iter().map(|x| x.0));
            }
        });
        out
    }

    /// Pre-order visit of all statements.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Stmt)) {
        f(self);
        match self {
            Stmt::Block(v) => v.iter().for_each(|s| s.walk(f)),
            Stmt::If { then_s, else_s, .. } => {
                then_s.walk(f);
                if let Some(e) = else_s {
                    e.walk(f);
                }
            }
            Stmt::Case { arms, default, .. } => {
                arms.iter().for_each(|a| a.body.walk(f));
                if let Some(d) = default {
                    d.walk(f);
                }
            }
            _ => {}
        }
    }

    /// Every expression read anywhere in the statement (conditions, selects, labels, right-hand sides,
    /// indices), without pruning.
    pub fn exprs<'a>(&'a self, out: &mut Vec<&'a Expr>) {
        self.walk(&mut |s| match s {
            Stmt::Assign { lhs, rhs, .. } => {
                out.push(rhs);
                out.extend(lhs.index_exprs());
            }
            Stmt::If { cond, .. } => out.push(cond),
            Stmt::Case { sel, arms, .. } => {
                out.push(sel);
                arms.iter().for_each(|a| out.extend(a.labels.iter()));
            }
            _ => {}
        });
    }
}
