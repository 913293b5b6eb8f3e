//! Procedural loops with constant bounds, unrolled while lowering: Vivado HLS writes bit
//! reversals as `for (ap_tvar_int_0 = 1151; ap_tvar_int_0 >= 0; ap_tvar_int_0 = ap_tvar_int_0 - 1)`
//! in combinational blocks, and synthesis unrolls them the same way.
//!
//! Each iteration lowers the body with the loop variable bound to its constant value (a
//! `Scope` constant), so `t[i] = x[1151 - i]` becomes 1,152 assignments with constant
//! selects. The loop variable itself gets no assignment: nothing reads it after the loop in
//! HLS output, and a read elsewhere sees an undriven (unknown) value, which every analysis
//! treats as "could be anything" (sound). A condition on signals of the form `i < e` (e
//! unsigned) is kept as a guard around the rest of the loop, up to `e`'s largest value
//! (`data_bound`). Other non-constant bounds, and bodies that assign the loop variable, are
//! refused by name.

use super::const_step::{assign_op, inc_dec, is_plain_identifier};
use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::{Expr, Stmt, Tv};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

/// More iterations than this is taken for a loop whose bound is wrong (or not meant for
/// synthesis); real HLS loops of this kind are a few thousand iterations at most.
pub(super) const MAX_UNROLL: usize = 1 << 16;

/// Iterations of a loop whose condition reads signals (each nests one `if` deeper).
const MAX_GUARDED: usize = 256;

/// For a condition `k < e`, `k <= e`, `e > k` or `e >= k` (`k` the loop variable's constant
/// value, `e` an unsigned expression on signals): `Some(true)` when it is false whatever `e`
/// holds (k is past `e`'s largest value), `Some(false)` when it may hold; `None` for any other
/// form.
fn data_bound(m: &crate::ir::Module, c: &Expr) -> Option<bool> {
    use crate::ir::eval::{is_signed, self_width};
    use crate::ir::BinaryOp::*;
    let Expr::Binary(op, a, b) = c else {
        return None;
    };
    let (k, e, strict) = match (op, &**a, &**b) {
        (Lt, Expr::Const { value, .. }, e) | (Gt, e, Expr::Const { value, .. }) => (value, e, true),
        (Le, Expr::Const { value, .. }, e) | (Ge, e, Expr::Const { value, .. }) => {
            (value, e, false)
        }
        _ => return None,
    };
    if is_signed(m, e) {
        return None;
    }
    // The loop variable is usually an `integer`: a negative value is not handled.
    let k = if k.signed {
        u64::try_from(super::const_step::to_i64(k, false)?).ok()?
    } else {
        k.to_u64()?
    };
    let w = self_width(m, e);
    if w >= 64 {
        return None;
    }
    let max = (1u64 << w) - 1;
    Some(if strict { k >= max } else { k > max })
}

/// The iterations as statements: each guarded iteration holds the rest of the loop in its
/// `if`, so a later iteration runs only while every earlier guard held (the loop's semantics).
fn nest_guarded(iters: Vec<(Option<Expr>, Stmt)>, span: crate::ir::Span) -> Stmt {
    // Built from the last iteration back; `rev_tail` holds the statements after the current
    // one, last first.
    let mut rev_tail: Vec<Stmt> = vec![];
    for (guard, body) in iters.into_iter().rev() {
        match guard {
            None => rev_tail.push(body),
            Some(cond) => {
                rev_tail.push(body);
                rev_tail.reverse();
                rev_tail = vec![Stmt::If {
                    cond,
                    then_s: Box::new(Stmt::Block(std::mem::take(&mut rev_tail))),
                    else_s: None,
                    else_span: None,
                    span,
                }];
            }
        }
    }
    rev_tail.reverse();
    Stmt::Block(rev_tail)
}

/// The loop variable: its name and the width/signedness its values wrap to.
struct LoopVar {
    name: String,
    width: u32,
    signed: bool,
}

impl ModLower<'_, '_> {
    pub(super) fn loop_statement(&mut self, l: &LoopStatement) -> R<Stmt> {
        match l {
            LoopStatement::For(f) => self.for_loop(f),
            LoopStatement::Repeat(r) => {
                let (_, count, body) = &r.nodes;
                let n = self.const_int(RefNode::from(&count.nodes.1), "repeat count")?;
                if n < 0 || n as usize > MAX_UNROLL {
                    return Err(self.cst.err(
                        &count.nodes.1,
                        format!("repeat count {n} is outside 0..{MAX_UNROLL}"),
                    ));
                }
                let mut out = vec![];
                for _ in 0..n {
                    out.push(self.statement_or_null(body)?);
                }
                Ok(Stmt::Block(out))
            }
            LoopStatement::While(w) => Err(self.cst.unsupported(
                &**w,
                "while loop in procedural code (only for/repeat loops with constant bounds are unrolled)",
            )),
            LoopStatement::DoWhile(w) => {
                Err(self.cst.unsupported(&**w, "do-while loop in procedural code"))
            }
            LoopStatement::Forever(w) => Err(self.cst.unsupported(&**w, "forever loop")),
            LoopStatement::Foreach(w) => Err(self.cst.unsupported(&**w, "foreach loop")),
        }
    }

    fn for_loop(&mut self, f: &LoopStatementFor) -> R<Stmt> {
        let (_, header, body) = &f.nodes;
        let (init, _, cond, _, step) = &header.nodes.1;
        let (Some(init), Some(cond), Some(step)) = (init, cond, step) else {
            return Err(self
                .cst
                .unsupported(f, "for loop without initialisation, condition or step"));
        };
        let (var, init_expr) = self.loop_init(init)?;
        let start = self.const_of(RefNode::from(init_expr), "loop start")?;
        let mut value = self.wrap(&var, start);
        let steps = step.nodes.0.contents();
        let [step] = steps.as_slice() else {
            return Err(self
                .cst
                .unsupported(step, "for loop with several step assignments"));
        };
        // Iterations in order; a `Some` guard is a data-dependent condition that must hold for
        // this iteration and every later one to run.
        let mut iters: Vec<(Option<Expr>, Stmt)> = vec![];
        let mut guarded = 0usize;
        for _ in 0..=MAX_UNROLL {
            self.scope.bind(&var.name, value.clone());
            let r = self.loop_iteration(&var, cond, body, step, &mut guarded);
            self.scope.consts.pop();
            match r? {
                Some((guard, b, next)) => {
                    iters.push((guard, b));
                    value = next;
                }
                None => return Ok(nest_guarded(iters, self.cst.span(f))),
            }
        }
        Err(self.cst.err(
            f,
            format!("loop runs more than {MAX_UNROLL} iterations: not unrolled"),
        ))
    }

    /// One iteration with the loop variable bound: `None` when the condition is false (for
    /// every value of the signals it reads), else its guard (`None` when constant true), body
    /// and the loop variable's next value.
    ///
    /// A condition on signals is kept as a guard when it has the form `i < e` / `i <= e` (or
    /// `e > i`, `e >= i`) with `e` unsigned: it becomes false for every value of `e` once `i`
    /// passes `e`'s largest value, which bounds the unrolling. Vitis' `m_axi` decoder writes
    /// `for (i = 0; i < din; i = i + 1) dout[i] = 1'b1;` with a 3-bit `din`.
    fn loop_iteration(
        &mut self,
        var: &LoopVar,
        cond: &Expression,
        body: &StatementOrNull,
        step: &ForStepAssignment,
        guarded: &mut usize,
    ) -> R<Option<(Option<Expr>, Stmt, Tv)>> {
        let c = self.expr(RefNode::from(cond))?;
        let guard = match self.const_value(&c).truth() {
            Some(true) => None,
            Some(false) => return Ok(None),
            None => match data_bound(&self.m, &c) {
                Some(true) => return Ok(None),
                Some(false) => {
                    *guarded += 1;
                    if *guarded > MAX_GUARDED {
                        return Err(self.cst.err(
                            cond,
                            format!("loop with a data-dependent condition runs more than {MAX_GUARDED} iterations: not unrolled"),
                        ));
                    }
                    Some(c)
                }
                None => {
                    return Err(self.cst.err(
                        cond,
                        "loop condition does not become constant and is not `i < e` / `i <= e` on an unsigned `e` (only loops with constant or data-bounded conditions are unrolled)",
                    ))
                }
            },
        };
        let b = self.statement_or_null(body)?;
        let next = self.loop_step(var, step)?;
        Ok(Some((guard, b, next)))
    }

    /// `i = 0` (a module variable) or `int i = 0` (a loop-local one).
    fn loop_init<'n>(&mut self, init: &'n ForInitialization) -> R<(LoopVar, &'n Expression)> {
        match init {
            ForInitialization::ListOfVariableAssignments(l) => {
                let list = l.nodes.0.contents();
                let [va] = list.as_slice() else {
                    return Err(self
                        .cst
                        .unsupported(&**l, "for loop with several loop variables"));
                };
                let (lv, _, e) = &va.nodes;
                let name = self.lvalue_name(lv)?;
                let Some(sid) = self.lookup_sig(&name) else {
                    return Err(self.undeclared(&name, RefNode::from(lv)));
                };
                let s = self.m.signal(sid);
                Ok((
                    LoopVar {
                        name,
                        width: s.width(),
                        signed: s.signed,
                    },
                    e,
                ))
            }
            ForInitialization::Declaration(d) => {
                let decls = d.nodes.0.contents();
                let [decl] = decls.as_slice() else {
                    return Err(self
                        .cst
                        .unsupported(&**d, "for loop with several loop variables"));
                };
                let (_, ty, vars) = &decl.nodes;
                let vars = vars.contents();
                let [(id, _, e)] = vars.as_slice() else {
                    return Err(self
                        .cst
                        .unsupported(*decl, "for loop with several loop variables"));
                };
                let shape = self.data_type(ty)?;
                Ok((
                    LoopVar {
                        name: self.cst.ident(id).unwrap_or_default(),
                        width: ((shape.msb - shape.lsb).unsigned_abs() + 1) as u32,
                        signed: shape.signed,
                    },
                    e,
                ))
            }
        }
    }

    fn lvalue_name(&self, lv: &VariableLvalue) -> R<String> {
        let text = self.cst.text(lv);
        if !is_plain_identifier(&text) {
            return Err(self
                .cst
                .unsupported(lv, "loop variable that is not a plain identifier"));
        }
        Ok(text)
    }

    /// `++x` / `x--`: the operator's text and the variable.
    pub(super) fn inc_dec_of<'x>(&self, x: &'x IncOrDecExpression) -> (String, &'x VariableLvalue) {
        match x {
            IncOrDecExpression::Prefix(p) => (self.cst.text(&p.nodes.0), &p.nodes.2),
            IncOrDecExpression::Suffix(s) => (self.cst.text(&s.nodes.2), &s.nodes.0),
        }
    }

    /// The next value of the loop variable (the current one is bound in the scope).
    fn loop_step(&mut self, var: &LoopVar, step: &ForStepAssignment) -> R<Tv> {
        let cur = self
            .scope
            .constant(&var.name)
            .cloned()
            .unwrap_or_else(|| Tv::unknown(var.width));
        let next = match step {
            ForStepAssignment::OperatorAssignment(oa) => {
                let (lv, op, e) = &oa.nodes;
                if self.lvalue_name(lv)? != var.name {
                    return Err(self
                        .cst
                        .unsupported(&**oa, "for loop step that assigns another variable"));
                }
                let rhs = self.const_of(RefNode::from(e), "loop step")?;
                let w = var.width.max(rhs.width());
                let text = self.cst.text(op);
                assign_op(&text, &cur, rhs, w).ok_or_else(|| {
                    self.cst
                        .unsupported(op, &format!("loop step operator `{text}`"))
                })?
            }
            ForStepAssignment::IncOrDecExpression(x) => {
                let (op, lv) = self.inc_dec_of(x);
                if self.lvalue_name(lv)? != var.name {
                    return Err(self
                        .cst
                        .unsupported(&**x, "for loop step that assigns another variable"));
                }
                inc_dec(&op, &cur)
            }
            ForStepAssignment::FunctionSubroutineCall(c) => {
                return Err(self.cst.unsupported(&**c, "function call as a loop step"))
            }
        };
        Ok(self.wrap(var, next))
    }

    fn wrap(&self, var: &LoopVar, v: Tv) -> Tv {
        v.signed(var.signed).resize(var.width).signed(var.signed)
    }

    /// A known constant value of an expression, in the current scope.
    pub(super) fn const_of(&mut self, n: RefNode, what: &str) -> R<Tv> {
        let e = self.expr(n.clone())?;
        let v = self.const_value(&e);
        if !v.is_known() {
            return Err(self
                .cst
                .err(n, format!("{what} is not a constant expression")));
        }
        Ok(v)
    }
}
