//! Lowering of `always` processes and procedural statements.

use super::cst::node_kind;
use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::{BinaryOp, CaseArm, CaseKind, Edge, Expr, LValue, Process, ProcessKind, Stmt};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

impl ModLower<'_, '_> {
    fn disable_not_in_tail(&self, at: crate::ir::Span, block: &str) -> Diagnostic {
        let msg = format!("unsupported construct: `disable {block}` that is not the last statement of an `if` branch or of the block");
        self.cst.with_sources(|map| Diagnostic::at(map, at, msg))
    }

    pub(super) fn always(&mut self, a: &AlwaysConstruct) -> R<Process> {
        let (kw, stmt) = &a.nodes;
        let span = self.cst.span(a);
        match kw {
            AlwaysKeyword::AlwaysComb(_) => Ok(Process {
                kind: ProcessKind::Comb,
                body: self.statement(stmt)?,
                span,
                body_span: self.cst.span(stmt),
                genvars: self.genvar_values(),
            }),
            AlwaysKeyword::AlwaysLatch(k) => Err(self.cst.unsupported(&**k, "always_latch")),
            AlwaysKeyword::Always(_) | AlwaysKeyword::AlwaysFf(_) => {
                let StatementItem::ProceduralTimingControlStatement(ptc) = &stmt.nodes.2 else {
                    return Err(self
                        .cst
                        .unsupported(stmt, "`always` without an event control"));
                };
                let (control, body) = &ptc.nodes;
                let ec = match control {
                    ProceduralTimingControl::EventControl(ec) => ec,
                    ProceduralTimingControl::DelayControl(d) => {
                        return Err(self
                            .cst
                            .unsupported(&**d, "delay control in `always` (testbench code)"))
                    }
                    ProceduralTimingControl::CycleDelay(c) => {
                        return Err(self.cst.unsupported(&**c, "cycle delay"))
                    }
                };
                let kind = match &**ec {
                    EventControl::Asterisk(_) | EventControl::ParenAsterisk(_) => ProcessKind::Comb,
                    EventControl::EventExpression(e) => {
                        let mut events = vec![];
                        self.events(&e.nodes.1.nodes.1, &mut events)?;
                        let edges = events.iter().filter(|(e, _)| *e != Edge::Any).count();
                        if edges == 0 {
                            // An explicit sensitivity list is read as combinational logic.
                            ProcessKind::Comb
                        } else if edges == events.len() {
                            ProcessKind::Clocked { events }
                        } else {
                            return Err(self
                                .cst
                                .unsupported(&**e, "sensitivity list mixing edges and levels"));
                        }
                    }
                    other => return Err(self.cst.unsupported(other, "named event control")),
                };
                Ok(Process {
                    kind,
                    body: self.statement_or_null(body)?,
                    span,
                    body_span: self.cst.span(body),
                    genvars: self.genvar_values(),
                })
            }
        }
    }

    fn events(&mut self, e: &EventExpression, out: &mut Vec<(Edge, crate::ir::SignalId)>) -> R<()> {
        match e {
            EventExpression::Expression(x) => {
                let (edge, expr, iff) = &x.nodes;
                if let Some((_, i)) = iff {
                    return Err(self.cst.unsupported(i, "`iff` in event control"));
                }
                let edge = match edge {
                    Some(EdgeIdentifier::Posedge(_)) => Edge::Pos,
                    Some(EdgeIdentifier::Negedge(_)) => Edge::Neg,
                    Some(EdgeIdentifier::Edge(k)) => {
                        return Err(self.cst.unsupported(&**k, "`edge` event"))
                    }
                    None => Edge::Any,
                };
                match self.expr(RefNode::from(expr))? {
                    Expr::Sig(s) => out.push((edge, s)),
                    _ if edge == Edge::Any => {} // level-sensitive on an expression: combinational anyway
                    _ => {
                        return Err(self
                            .cst
                            .unsupported(expr, "edge on an expression (only signals)"))
                    }
                }
                Ok(())
            }
            EventExpression::Or(o) => {
                self.events(&o.nodes.0, out)?;
                self.events(&o.nodes.2, out)
            }
            EventExpression::Comma(c) => {
                self.events(&c.nodes.0, out)?;
                self.events(&c.nodes.2, out)
            }
            EventExpression::Paren(p) => self.events(&p.nodes.0.nodes.1, out),
            EventExpression::Sequence(s) => Err(self.cst.unsupported(&**s, "sequence event")),
        }
    }

    pub(super) fn statement_or_null(&mut self, s: &StatementOrNull) -> R<Stmt> {
        match s {
            StatementOrNull::Statement(s) => self.statement(s),
            StatementOrNull::Attribute(_) => Ok(Stmt::Nop),
        }
    }

    pub(super) fn statement(&mut self, s: &Statement) -> R<Stmt> {
        let (label, _, item) = &s.nodes;
        if let Some((l, _)) = label {
            return Err(self.cst.unsupported(l, "statement label"));
        }
        let span = self.cst.span(s);
        match item {
            StatementItem::NonblockingAssignment(x) => {
                // An intra-assignment delay (`q <= #1 d`) does not change the synthesised hardware.
                let (lv, _, _delay, e) = &x.0.nodes;
                let rhs = self.expr(RefNode::from(e))?;
                let (lhs, rhs) = self.assignment(lv, rhs)?;
                Ok(Stmt::Assign {
                    lhs,
                    rhs,
                    blocking: false,
                    span,
                })
            }
            StatementItem::BlockingAssignment(x) => match &x.0 {
                BlockingAssignment::OperatorAssignment(oa) => {
                    let (lv, op, e) = &oa.nodes;
                    let rhs = self.expr(RefNode::from(e))?;
                    let op_text = self.cst.text(op);
                    let (lhs, rhs) = match op_text.as_str() {
                        "=" => self.assignment(lv, rhs)?,
                        _ => {
                            let lhs = self.variable_lvalue(lv)?;
                            let at = RefNode::from(&**oa);
                            let rhs = self.desugar_compound(&op_text, &lhs, rhs, at)?;
                            (lhs, rhs)
                        }
                    };
                    Ok(Stmt::Assign {
                        lhs,
                        rhs,
                        blocking: true,
                        span,
                    })
                }
                BlockingAssignment::Variable(v) => Err(self.cst.unsupported(
                    &**v,
                    "intra-assignment timing control in blocking assignment",
                )),
                other => Err(self.cst.unsupported(other, "dynamic array or class `new`")),
            },
            StatementItem::ConditionalStatement(c) => self.conditional(c),
            StatementItem::CaseStatement(c) => self.case(c),
            StatementItem::SeqBlock(b) => {
                let (_, name, decls, stmts, _, _) = &b.nodes;
                // Variables declared in a named block (Bambu: `begin : L11_write integer i11;`)
                // are module variables named by the block's path, as Verilog names them.
                let outer = if decls.is_empty() {
                    None
                } else {
                    let Some((_, n)) = name else {
                        return Err(self.cst.unsupported(
                            &decls[0],
                            "declaration inside an unnamed procedural block",
                        ));
                    };
                    let n = self.cst.ident(n).unwrap_or_default();
                    let outer = self.scope.clone();
                    self.scope = outer.enter(&n);
                    for d in decls {
                        let BlockItemDeclaration::Data(x) = d else {
                            self.scope = outer;
                            return Err(self.cst.unsupported(
                                d,
                                "parameter declaration inside a procedural block",
                            ));
                        };
                        let attrs = self.attributes(&x.nodes.0);
                        let span = self.cst.span(d);
                        if let Err(e) = self.data_declaration(&x.nodes.1, span, attrs) {
                            self.scope = outer;
                            return Err(e);
                        }
                    }
                    Some(outer)
                };
                let block_name = name.as_ref().and_then(|(_, n)| self.cst.ident(n));
                if let Some(n) = &block_name {
                    self.named_blocks.push(n.clone());
                }
                let mut out = vec![];
                let mut r = Ok(());
                for s in stmts {
                    match self.statement_or_null(s) {
                        Ok(x) => out.push(x),
                        Err(e) => {
                            r = Err(e);
                            break;
                        }
                    }
                }
                if block_name.is_some() {
                    self.named_blocks.pop();
                }
                if let Some(o) = outer {
                    self.scope = o;
                }
                r?;
                match &block_name {
                    Some(n) => super::lower_disable::resolve(out, n)
                        .map_err(|sp| self.disable_not_in_tail(sp, n)),
                    None => Ok(Stmt::Block(out)),
                }
            }
            StatementItem::SubroutineCallStatement(c) => {
                let text = self.cst.text(&**c);
                if text.starts_with('$') {
                    let name: String = text
                        .chars()
                        .take_while(|ch| ch.is_alphanumeric() || *ch == '$' || *ch == '_')
                        .collect();
                    Ok(Stmt::SysTask { name, span })
                } else {
                    Err(self.cst.unsupported(&**c, "task call"))
                }
            }
            StatementItem::LoopStatement(l) => self.loop_statement(l),
            StatementItem::IncOrDecExpression(x) => {
                Err(self.cst.unsupported(&x.0, "increment/decrement statement"))
            }
            StatementItem::ProceduralTimingControlStatement(x) => Err(self
                .cst
                .unsupported(&**x, "timing control inside a process")),
            StatementItem::ParBlock(x) => Err(self.cst.unsupported(&**x, "fork/join block")),
            StatementItem::JumpStatement(x) => Err(self
                .cst
                .unsupported(&**x, "return/break/continue statement")),
            StatementItem::WaitStatement(x) => Err(self.cst.unsupported(&**x, "wait statement")),
            StatementItem::DisableStatement(x) => match &**x {
                // `disable name;` parses as a task disable too: a name of an enclosing block
                // makes it a block disable.
                DisableStatement::Block(_) | DisableStatement::Task(_) => {
                    let target = match &**x {
                        DisableStatement::Block(b) => self.cst.text(&b.nodes.1),
                        DisableStatement::Task(t) => self.cst.text(&t.nodes.1),
                        DisableStatement::Fork(_) => unreachable!("matched above"),
                    };
                    if !self.named_blocks.contains(&target) {
                        return Err(self.cst.unsupported(
                            &**x,
                            "disable of a task, or of a block that does not enclose the statement",
                        ));
                    }
                    Ok(super::lower_disable::marker(&target, span))
                }
                DisableStatement::Fork(_) => Err(self.cst.unsupported(&**x, "disable fork")),
            },
            StatementItem::EventTrigger(x) => Err(self.cst.unsupported(&**x, "event trigger")),
            StatementItem::ProceduralContinuousAssignment(x) => Err(self.cst.unsupported(
                &x.0,
                "procedural continuous assignment (assign/force/release)",
            )),
            StatementItem::ProceduralAssertionStatement(_) => Ok(Stmt::Nop),
            other => {
                let kind = node_kind(&RefNode::from(other));
                Err(self.cst.unsupported(other, &format!("statement `{kind}`")))
            }
        }
    }

    fn desugar_compound(&mut self, op: &str, lhs: &LValue, rhs: Expr, at: RefNode) -> R<Expr> {
        let bop = match op {
            "+=" => BinaryOp::Add,
            "-=" => BinaryOp::Sub,
            "*=" => BinaryOp::Mul,
            "/=" => BinaryOp::Div,
            "%=" => BinaryOp::Mod,
            "&=" => BinaryOp::BitAnd,
            "|=" => BinaryOp::BitOr,
            "^=" => BinaryOp::BitXor,
            "<<=" => BinaryOp::Shl,
            ">>=" => BinaryOp::Shr,
            "<<<=" => BinaryOp::AShl,
            ">>>=" => BinaryOp::AShr,
            _ => {
                return Err(self
                    .cst
                    .unsupported(at, &format!("assignment operator `{op}`")))
            }
        };
        let cur = match lhs {
            LValue::Whole(s) => Expr::Sig(*s),
            _ => return Err(self.cst.unsupported(at, "compound assignment to a select")),
        };
        Ok(Expr::Binary(bop, Box::new(cur), Box::new(rhs)))
    }

    fn cond_predicate(&mut self, p: &CondPredicate) -> R<Expr> {
        let preds = p.nodes.0.contents();
        let [ExpressionOrCondPattern::Expression(e)] = preds.as_slice() else {
            return Err(self.cst.unsupported(p, "`&&&` or pattern in condition"));
        };
        self.expr(RefNode::from(&**e))
    }

    fn conditional(&mut self, c: &ConditionalStatement) -> R<Stmt> {
        let (_, _, cond, then_s, elifs, else_s) = &c.nodes;
        let span = self.cst.span(c);
        let cond = self.cond_predicate(&cond.nodes.1)?;
        let then_s = self.statement_or_null(then_s)?;
        // `else if` chains nest from the last one outwards. Each `if` records the span of its
        // else part (from the next `if` keyword, or the final else statement) for `insert`.
        let mut tail = match else_s {
            Some((_, s)) => Some(Box::new(self.statement_or_null(s)?)),
            None => None,
        };
        let mut tail_span = else_s.as_ref().map(|(_, s)| self.cst.span(s));
        for (_, kw_if, c2, s2) in elifs.iter().rev() {
            let c2 = self.cond_predicate(&c2.nodes.1)?;
            let s2 = self.statement_or_null(s2)?;
            tail = Some(Box::new(Stmt::If {
                cond: c2,
                then_s: Box::new(s2),
                else_s: tail,
                else_span: tail_span,
                span,
            }));
            let start = self.cst.span(kw_if);
            tail_span = Some(crate::ir::Span::new(
                start.file,
                start.start as usize,
                span.end as usize,
            ));
        }
        Ok(Stmt::If {
            cond,
            then_s: Box::new(then_s),
            else_s: tail,
            else_span: tail_span,
            span,
        })
    }

    fn case(&mut self, c: &CaseStatement) -> R<Stmt> {
        let CaseStatement::Normal(n) = c else {
            return Err(self
                .cst
                .unsupported(c, "case ... matches / case ... inside"));
        };
        let (_, kw, sel, first, rest, _) = &n.nodes;
        let span = self.cst.span(&**n);
        let kind = match kw {
            CaseKeyword::Case(_) => CaseKind::Case,
            CaseKeyword::Casez(_) => CaseKind::Casez,
            CaseKeyword::Casex(_) => CaseKind::Casex,
        };
        let sel = self.expr(RefNode::from(&sel.nodes.1))?;
        let mut arms = vec![];
        let mut default = None;
        for item in std::iter::once(first).chain(rest.iter()) {
            match item {
                CaseItem::NonDefault(nd) => {
                    let (labels, _, body) = &nd.nodes;
                    let mut ls = vec![];
                    for l in labels.contents() {
                        ls.push(self.expr(RefNode::from(l))?);
                    }
                    arms.push(CaseArm {
                        labels: ls,
                        body: self.statement_or_null(body)?,
                    });
                }
                CaseItem::Default(d) => {
                    if default.is_some() {
                        return Err(self.cst.err(&**d, "case statement has two default items"));
                    }
                    default = Some(Box::new(self.statement_or_null(&d.nodes.2)?));
                }
            }
        }
        Ok(Stmt::Case {
            kind,
            sel,
            arms,
            default,
            span,
        })
    }
}
