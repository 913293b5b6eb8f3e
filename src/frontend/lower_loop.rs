//! Procedural loops with constant bounds, unrolled while lowering: Vivado HLS writes bit
//! reversals as `for (ap_tvar_int_0 = 1151; ap_tvar_int_0 >= 0; ap_tvar_int_0 = ap_tvar_int_0 - 1)`
//! in combinational blocks, and synthesis unrolls them the same way.
//!
//! Each iteration lowers the body with the loop variable bound to its constant value (a
//! `Scope` constant), so `t[i] = x[1151 - i]` becomes 1,152 assignments with constant
//! selects. The loop variable itself gets no assignment: nothing reads it after the loop in
//! HLS output, and a read elsewhere sees an undriven (unknown) value, which every analysis
//! treats as "could be anything" (sound). Loops whose bounds are not constants, or whose body
//! assigns the loop variable, are refused by name.

use super::const_step::{assign_op, inc_dec, is_plain_identifier};
use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::{Stmt, Tv};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

/// More iterations than this is taken for a loop whose bound is wrong (or not meant for
/// synthesis); real HLS loops of this kind are a few thousand iterations at most.
pub(super) const MAX_UNROLL: usize = 1 << 16;

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
        let mut out = vec![];
        for _ in 0..=MAX_UNROLL {
            self.scope.bind(&var.name, value.clone());
            let go = self.const_of(RefNode::from(cond), "loop condition");
            let go = match go {
                Ok(v) => v.truth(),
                Err(e) => {
                    self.scope.consts.pop();
                    return Err(e);
                }
            };
            let r = match go {
                Some(true) => self
                    .statement_or_null(body)
                    .and_then(|b| Ok((b, self.loop_step(&var, step)?))),
                Some(false) => {
                    self.scope.consts.pop();
                    return Ok(Stmt::Block(out));
                }
                None => Err(self.cst.err(
                    cond,
                    "loop condition does not become constant (only loops with constant bounds are unrolled)",
                )),
            };
            self.scope.consts.pop();
            let (b, next) = r?;
            out.push(b);
            value = next;
        }
        Err(self.cst.err(
            f,
            format!("loop runs more than {MAX_UNROLL} iterations: not unrolled"),
        ))
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
