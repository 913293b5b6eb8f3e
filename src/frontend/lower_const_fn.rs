//! Constant function calls, evaluated while lowering: Bambu's IP library sizes ports with
//! `function integer log2(input integer value); for (log2 = 0; value > 0; log2 = log2 + 1) ...`
//! called in parameter and range expressions, so widths depend on running the function.
//!
//! A call whose arguments are all known is run by interpreting the function's statements
//! (assignments, if, case, for / while / repeat loops, blocks) with its inputs, locals and
//! result bound as `Scope` constants; each expression is lowered and folded in that scope. A
//! function that does anything else, reads a module signal, or ends with unknown bits simply
//! stays a call (evaluated as unknown by the analyses, as before): folding is an optimisation
//! of precision, never a guess.

use super::const_step::{assign_op, inc_dec, is_plain_identifier};
use super::lower_module::ModLower;
use crate::ir::Tv;
use sv_parser::*;

/// Statements executed in one constant call before it is given up.
const MAX_STEPS: usize = 1 << 20;
/// Nesting of constant calls (a recursive function).
const MAX_DEPTH: usize = 16;

/// One variable of the running call: its slot in `Scope::consts`, width and signedness.
struct Var {
    slot: usize,
    width: u32,
    signed: bool,
}

struct Frame {
    vars: Vec<(String, Var)>,
    steps: usize,
}

impl<'a> ModLower<'_, 'a> {
    /// The value of a call whose arguments are all known, if the function runs at elaboration.
    pub(super) fn fold_call(&mut self, name: &str, args: &[crate::ir::Expr]) -> Option<Tv> {
        let values: Vec<Tv> = args.iter().map(|a| self.const_value(a)).collect();
        if !values.iter().all(Tv::is_known) {
            return None;
        }
        self.const_call(name, &values)
    }

    /// The value of `name(args)` if the function can be run at elaboration time.
    pub(super) fn const_call(&mut self, name: &str, args: &[Tv]) -> Option<Tv> {
        if self.const_depth >= MAX_DEPTH {
            return None;
        }
        let f = self.function_node(name)?;
        let base = self.scope.consts.len();
        self.const_depth += 1;
        let r = self.run_function(f, name, args);
        self.const_depth -= 1;
        self.scope.consts.truncate(base);
        r.filter(Tv::is_known)
    }

    /// The declaration of function `name` in the module being lowered.
    fn function_node(&mut self, name: &str) -> Option<&'a FunctionDeclaration> {
        if self.function_nodes.is_none() {
            let span = self.m.span;
            let mut map = std::collections::HashMap::new();
            for n in self.cst.tree {
                if let RefNode::FunctionDeclaration(f) = n {
                    let s = self.cst.span(f);
                    if s.file == span.file && s.start >= span.start && s.end <= span.end {
                        if let Some(id) = function_ident(f) {
                            if let Some(fname) = self.cst.ident(id) {
                                map.insert(fname, f);
                            }
                        }
                    }
                }
            }
            self.function_nodes = Some(map);
        }
        self.function_nodes.as_ref()?.get(name).copied()
    }

    fn run_function(&mut self, f: &'a FunctionDeclaration, name: &str, args: &[Tv]) -> Option<Tv> {
        let (rw, rs) = match self.funcs.get(name) {
            Some(&idx) => (self.m.functions[idx].width, self.m.functions[idx].signed),
            None => {
                let s = self.function_shape(f).ok()?;
                (((s.msb - s.lsb).unsigned_abs() + 1) as u32, s.signed)
            }
        };
        let mut frame = Frame {
            vars: vec![],
            steps: 0,
        };
        let mut inputs: Vec<(String, u32, bool)> = vec![];
        let mut locals: Vec<(String, u32, bool)> = vec![];
        let stmts: Vec<&FunctionStatementOrNull> = match &f.nodes.2 {
            FunctionBodyDeclaration::WithoutPort(b) => {
                for d in &b.nodes.4 {
                    match d {
                        TfItemDeclaration::TfPortDeclaration(p) => {
                            let (_, dir, _, ty, ids, _) = &p.nodes;
                            if !matches!(dir, TfPortDirection::PortDirection(x) if matches!(**x, PortDirection::Input(_)))
                            {
                                return None;
                            }
                            let (w, s) = self.shape_of(ty)?;
                            for (id, _, _) in ids.nodes.0.contents() {
                                inputs.push((self.cst.ident(id)?, w, s));
                            }
                        }
                        TfItemDeclaration::BlockItemDeclaration(b) => {
                            self.local_decls(b, &mut locals)?
                        }
                    }
                }
                b.nodes.5.iter().collect()
            }
            FunctionBodyDeclaration::WithPort(b) => {
                if let Some(list) = &b.nodes.3.nodes.1 {
                    for item in list.nodes.0.contents() {
                        let (_, dir, _, ty, id) = &item.nodes;
                        if let Some(d) = dir {
                            if !matches!(d, TfPortDirection::PortDirection(x) if matches!(**x, PortDirection::Input(_)))
                            {
                                return None;
                            }
                        }
                        let (w, s) = self.shape_of(ty)?;
                        let (id, _, _) = id.as_ref()?;
                        inputs.push((self.cst.ident(id)?, w, s));
                    }
                }
                for d in &b.nodes.5 {
                    self.local_decls(d, &mut locals)?;
                }
                b.nodes.6.iter().collect()
            }
        };
        if inputs.len() != args.len() {
            return None;
        }
        for ((n, w, s), v) in inputs.iter().zip(args) {
            self.bind_var(&mut frame, n, *w, *s, v.clone());
        }
        for (n, w, s) in &locals {
            self.bind_var(&mut frame, n, *w, *s, Tv::unknown(*w));
        }
        self.bind_var(&mut frame, name, rw, rs, Tv::unknown(rw));
        for s in stmts {
            if let FunctionStatementOrNull::Statement(s) = s {
                self.exec(&s.nodes.0, &mut frame)?;
            }
        }
        let slot = frame.vars.iter().rev().find(|(n, _)| n == name)?.1.slot;
        Some(self.scope.consts[slot].1.clone())
    }

    fn shape_of(&mut self, ty: &DataTypeOrImplicit) -> Option<(u32, bool)> {
        let s = self.data_type_or_implicit(ty).ok()?;
        Some((((s.msb - s.lsb).unsigned_abs() + 1) as u32, s.signed))
    }

    fn local_decls(
        &mut self,
        b: &BlockItemDeclaration,
        out: &mut Vec<(String, u32, bool)>,
    ) -> Option<()> {
        let BlockItemDeclaration::Data(d) = b else {
            return None;
        };
        let DataDeclaration::Variable(v) = &d.nodes.1 else {
            return None;
        };
        let (_, _, _, ty, list, _) = &v.nodes;
        let (w, s) = self.shape_of(ty)?;
        for vda in list.nodes.0.contents() {
            let VariableDeclAssignment::Variable(x) = vda else {
                return None;
            };
            out.push((self.cst.ident(&x.nodes.0)?, w, s));
        }
        Some(())
    }

    fn bind_var(&mut self, frame: &mut Frame, name: &str, width: u32, signed: bool, v: Tv) {
        let slot = self.scope.consts.len();
        self.scope
            .bind(name, v.signed(signed).resize(width).signed(signed));
        frame.vars.push((
            name.to_string(),
            Var {
                slot,
                width,
                signed,
            },
        ));
    }

    fn value_of(&mut self, n: RefNode) -> Option<Tv> {
        let e = self.expr(n).ok()?;
        Some(self.const_value(&e))
    }

    fn assign_var(&mut self, frame: &Frame, name: &str, v: Tv) -> Option<()> {
        let var = &frame.vars.iter().rev().find(|(n, _)| n == name)?.1;
        self.scope.consts[var.slot].1 = v.signed(var.signed).resize(var.width).signed(var.signed);
        Some(())
    }

    fn current(&self, frame: &Frame, name: &str) -> Option<Tv> {
        let var = &frame.vars.iter().rev().find(|(n, _)| n == name)?.1;
        Some(self.scope.consts[var.slot].1.clone())
    }

    fn operator_assign(&mut self, oa: &OperatorAssignment, frame: &Frame) -> Option<()> {
        let (lv, op, e) = &oa.nodes;
        let name = plain_name(self, lv)?;
        let rhs = self.value_of(RefNode::from(e))?;
        let cur = self.current(frame, &name)?;
        let w = cur.width().max(rhs.width());
        let v = assign_op(&self.cst.text(op), &cur, rhs, w)?;
        self.assign_var(frame, &name, v)
    }

    fn exec_or_null(&mut self, s: &StatementOrNull, frame: &mut Frame) -> Option<()> {
        match s {
            StatementOrNull::Statement(s) => self.exec(s, frame),
            StatementOrNull::Attribute(_) => Some(()),
        }
    }

    fn exec(&mut self, s: &Statement, frame: &mut Frame) -> Option<()> {
        frame.steps += 1;
        if frame.steps > MAX_STEPS {
            return None;
        }
        match &s.nodes.2 {
            StatementItem::BlockingAssignment(b) => match &b.0 {
                BlockingAssignment::OperatorAssignment(oa) => self.operator_assign(oa, frame),
                _ => None,
            },
            StatementItem::ConditionalStatement(c) => {
                let (_, _, cond, then_s, elifs, else_s) = &c.nodes;
                if self.truth_of(&cond.nodes.1)? {
                    return self.exec_or_null(then_s, frame);
                }
                for (_, _, c2, s2) in elifs {
                    if self.truth_of(&c2.nodes.1)? {
                        return self.exec_or_null(s2, frame);
                    }
                }
                match else_s {
                    Some((_, s)) => self.exec_or_null(s, frame),
                    None => Some(()),
                }
            }
            StatementItem::CaseStatement(c) => {
                let CaseStatement::Normal(n) = &**c else {
                    return None;
                };
                let (_, _, sel, first, rest, _) = &n.nodes;
                let sel = self.value_of(RefNode::from(&sel.nodes.1))?;
                let mut default = None;
                for item in std::iter::once(first).chain(rest.iter()) {
                    match item {
                        CaseItem::NonDefault(nd) => {
                            for l in nd.nodes.0.contents() {
                                let lv = self.value_of(RefNode::from(l))?;
                                if sel.eq3(&lv).truth()? {
                                    return self.exec_or_null(&nd.nodes.2, frame);
                                }
                            }
                        }
                        CaseItem::Default(d) => default = Some(&d.nodes.2),
                    }
                }
                match default {
                    Some(s) => self.exec_or_null(s, frame),
                    None => Some(()),
                }
            }
            StatementItem::SeqBlock(b) => {
                if !b.nodes.2.is_empty() {
                    return None;
                }
                for s in &b.nodes.3 {
                    self.exec_or_null(s, frame)?;
                }
                Some(())
            }
            StatementItem::LoopStatement(l) => self.exec_loop(l, frame),
            StatementItem::SubroutineCallStatement(c) if self.cst.text(&**c).starts_with('$') => {
                Some(()) // $display and friends: no effect on the value
            }
            _ => None,
        }
    }

    fn truth_of(&mut self, p: &CondPredicate) -> Option<bool> {
        let preds = p.nodes.0.contents();
        let [ExpressionOrCondPattern::Expression(e)] = preds.as_slice() else {
            return None;
        };
        self.value_of(RefNode::from(&**e))?.truth()
    }

    fn exec_loop(&mut self, l: &LoopStatement, frame: &mut Frame) -> Option<()> {
        match l {
            LoopStatement::For(f) => {
                let (_, header, body) = &f.nodes;
                let (init, _, cond, _, step) = &header.nodes.1;
                match init.as_ref()? {
                    ForInitialization::ListOfVariableAssignments(l) => {
                        for va in l.nodes.0.contents() {
                            let (lv, _, e) = &va.nodes;
                            let name = plain_name(self, lv)?;
                            let v = self.value_of(RefNode::from(e))?;
                            self.assign_var(frame, &name, v)?;
                        }
                    }
                    ForInitialization::Declaration(_) => return None,
                }
                loop {
                    frame.steps += 1;
                    if frame.steps > MAX_STEPS {
                        return None;
                    }
                    if !self.value_of(RefNode::from(cond.as_ref()?))?.truth()? {
                        return Some(());
                    }
                    self.exec_or_null(body, frame)?;
                    for st in step.as_ref()?.nodes.0.contents() {
                        match st {
                            ForStepAssignment::OperatorAssignment(oa) => {
                                self.operator_assign(oa, frame)?
                            }
                            ForStepAssignment::IncOrDecExpression(x) => {
                                let (op, lv) = self.inc_dec_of(x);
                                let name = plain_name(self, lv)?;
                                let v = inc_dec(&op, &self.current(frame, &name)?);
                                self.assign_var(frame, &name, v)?;
                            }
                            ForStepAssignment::FunctionSubroutineCall(_) => return None,
                        }
                    }
                }
            }
            LoopStatement::While(w) => {
                let (_, cond, body) = &w.nodes;
                loop {
                    frame.steps += 1;
                    if frame.steps > MAX_STEPS {
                        return None;
                    }
                    if !self.value_of(RefNode::from(&cond.nodes.1))?.truth()? {
                        return Some(());
                    }
                    self.exec_or_null(body, frame)?;
                }
            }
            LoopStatement::Repeat(r) => {
                let (_, count, body) = &r.nodes;
                let n = self.value_of(RefNode::from(&count.nodes.1))?.to_u64()?;
                for _ in 0..n {
                    self.exec_or_null(body, frame)?;
                }
                Some(())
            }
            _ => None,
        }
    }
}

fn function_ident(f: &FunctionDeclaration) -> Option<&FunctionIdentifier> {
    Some(match &f.nodes.2 {
        FunctionBodyDeclaration::WithoutPort(b) => &b.nodes.2,
        FunctionBodyDeclaration::WithPort(b) => &b.nodes.2,
    })
}

/// The name of a plain identifier target (`x = ...`), or nothing for selects and the like.
fn plain_name(l: &ModLower, lv: &VariableLvalue) -> Option<String> {
    let text = l.cst.text(lv);
    is_plain_identifier(&text).then_some(text)
}
