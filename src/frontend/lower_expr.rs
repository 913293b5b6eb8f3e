//! Lowering of expressions and assignment targets. `Expression` and `ConstantExpression` trees are
//! handled by one function: HLS code uses both forms for the same things.

use super::cst::node_kind;
use super::literal::parse_literal;
use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::{BinaryOp, Expr, LValue, SignalId, Tv, UnaryOp};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

/// A part select before lowering: `[msb:lsb]`, `[base +: width]` or `[base -: width]`.
enum PartSel<'a> {
    Range(RefNode<'a>, RefNode<'a>),
    Indexed(RefNode<'a>, bool, RefNode<'a>),
}

impl ModLower<'_, '_> {
    /// An expression; a zero replication is only allowed as an element of a concatenation.
    pub(super) fn expr(&mut self, n: RefNode) -> R<Expr> {
        let at = n.clone();
        let e = self.expr_inner(n)?;
        if matches!(e, Expr::Repeat(0, _)) {
            return Err(self
                .cst
                .unsupported(at, "zero replication outside a larger concatenation"));
        }
        Ok(e)
    }

    fn expr_inner(&mut self, n: RefNode) -> R<Expr> {
        match n {
            RefNode::Expression(e) => match e {
                Expression::Primary(p) => self.expr_inner(RefNode::from(&**p)),
                Expression::Unary(u) => {
                    let (op, _, p) = &u.nodes;
                    let op = self.unary_op(op)?;
                    Ok(Expr::Unary(op, Box::new(self.expr(RefNode::from(p))?)))
                }
                Expression::Binary(_) => self.binary_chain(RefNode::from(e)),
                Expression::ConditionalExpression(c) => {
                    let (pred, _, _, a, _, b) = &c.nodes;
                    let preds = pred.nodes.0.contents();
                    let [ExpressionOrCondPattern::Expression(cond)] = preds.as_slice() else {
                        return Err(self
                            .cst
                            .unsupported(pred, "`&&&` or pattern in conditional expression"));
                    };
                    let cond = self.expr(RefNode::from(&**cond))?;
                    let a = self.expr(RefNode::from(a))?;
                    let b = self.expr(RefNode::from(b))?;
                    Ok(Expr::Cond(Box::new(cond), Box::new(a), Box::new(b)))
                }
                Expression::IncOrDecExpression(x) => {
                    Err(self.cst.unsupported(&**x, "increment/decrement expression"))
                }
                Expression::OperatorAssignment(x) => Err(self
                    .cst
                    .unsupported(&**x, "assignment inside an expression")),
                Expression::InsideExpression(x) => {
                    Err(self.cst.unsupported(&**x, "`inside` expression"))
                }
                Expression::TaggedUnionExpression(x) => {
                    Err(self.cst.unsupported(&**x, "tagged union expression"))
                }
            },
            RefNode::ConstantExpression(e) => match e {
                ConstantExpression::ConstantPrimary(p) => self.expr_inner(RefNode::from(&**p)),
                ConstantExpression::Unary(u) => {
                    let (op, _, p) = &u.nodes;
                    let op = self.unary_op(op)?;
                    Ok(Expr::Unary(op, Box::new(self.expr(RefNode::from(p))?)))
                }
                ConstantExpression::Binary(_) => self.binary_chain(RefNode::from(e)),
                ConstantExpression::Ternary(t) => {
                    let (c, _, _, a, _, b) = &t.nodes;
                    let c = self.expr(RefNode::from(c))?;
                    let a = self.expr(RefNode::from(a))?;
                    let b = self.expr(RefNode::from(b))?;
                    Ok(Expr::Cond(Box::new(c), Box::new(a), Box::new(b)))
                }
                ConstantExpression::Inside(x) => {
                    Err(self.cst.unsupported(&**x, "`inside` expression"))
                }
            },
            RefNode::Primary(p) => self.primary(p),
            RefNode::ConstantPrimary(p) => self.constant_primary(p),
            RefNode::MintypmaxExpression(m) => match m {
                MintypmaxExpression::Expression(e) => self.expr(RefNode::from(&**e)),
                MintypmaxExpression::Ternary(t) => {
                    Err(self.cst.unsupported(&**t, "min:typ:max expression"))
                }
            },
            RefNode::ConstantMintypmaxExpression(m) => match m {
                ConstantMintypmaxExpression::Unary(e) => self.expr(RefNode::from(&**e)),
                ConstantMintypmaxExpression::Ternary(t) => {
                    Err(self.cst.unsupported(&**t, "min:typ:max expression"))
                }
            },
            RefNode::CaseItemExpression(c) => self.expr(RefNode::from(&c.nodes.0)),
            RefNode::CaseExpression(c) => self.expr(RefNode::from(&c.nodes.0)),
            other => {
                let kind = node_kind(&other);
                Err(self
                    .cst
                    .unsupported(other, &format!("expression form `{kind}`")))
            }
        }
    }

    /// Flatten sv-parser's right-leaning operator spine and rebuild it by precedence. A spine ending
    /// in `p ? x : y` means `(... OP p) ? x : y`: `?:` binds loosest.
    fn binary_chain(&mut self, n: RefNode) -> R<Expr> {
        let mut operands = vec![];
        let mut ops = vec![];
        let mut tails: Vec<(Expr, Expr)> = vec![];
        let mut cur = n;
        loop {
            match cur {
                RefNode::Expression(Expression::Binary(b)) => {
                    let (l, op, _, r) = &b.nodes;
                    operands.push(self.expr(RefNode::from(l))?);
                    ops.push(self.binary_op(op)?);
                    cur = RefNode::from(r);
                }
                RefNode::ConstantExpression(ConstantExpression::Binary(b)) => {
                    let (l, op, _, r) = &b.nodes;
                    operands.push(self.expr(RefNode::from(l))?);
                    ops.push(self.binary_op(op)?);
                    cur = RefNode::from(r);
                }
                RefNode::Expression(Expression::ConditionalExpression(c)) if !ops.is_empty() => {
                    let (pred, _, _, a, _, b) = &c.nodes;
                    let preds = pred.nodes.0.contents();
                    let [ExpressionOrCondPattern::Expression(p)] = preds.as_slice() else {
                        return Err(self
                            .cst
                            .unsupported(pred, "`&&&` or pattern in conditional expression"));
                    };
                    tails.push((self.expr(RefNode::from(a))?, self.expr(RefNode::from(b))?));
                    cur = RefNode::from(&**p);
                }
                RefNode::ConstantExpression(ConstantExpression::Ternary(t)) if !ops.is_empty() => {
                    let (p, _, _, a, _, b) = &t.nodes;
                    tails.push((self.expr(RefNode::from(a))?, self.expr(RefNode::from(b))?));
                    cur = RefNode::from(p);
                }
                other => {
                    operands.push(self.expr(other)?);
                    break;
                }
            }
        }
        let mut e = super::precedence::combine(operands, ops);
        // Innermost ternary first: `a + b ? c : d ? x : y` is `(a + b) ? c : (d ? x : y)`, which the
        // tails already encode in their else branches.
        for (a, b) in tails.into_iter().rev() {
            e = Expr::Cond(Box::new(e), Box::new(a), Box::new(b));
        }
        Ok(e)
    }

    fn primary(&mut self, p: &Primary) -> R<Expr> {
        match p {
            Primary::PrimaryLiteral(l) => self.literal(l),
            Primary::Hierarchical(h) => {
                let (scope, hid, select) = &h.nodes;
                self.check_no_scope(scope.as_ref().map(RefNode::from))?;
                let name = self.simple_name(hid)?;
                let (bits, part) = self.select_parts(RefNode::from(select))?;
                self.apply_selects(&name, RefNode::from(&**h), bits, part)
            }
            Primary::Concatenation(c) => {
                let (cat, range) = &c.nodes;
                if let Some(r) = range {
                    return Err(self
                        .cst
                        .unsupported(&r.nodes.1, "select on a concatenation"));
                }
                let mut parts = vec![];
                for e in cat.nodes.0.nodes.1.contents() {
                    parts.push(self.expr_inner(RefNode::from(e))?);
                }
                self.concat(parts, RefNode::from(&**c))
            }
            Primary::MultipleConcatenation(mc) => {
                let (mcat, range) = &mc.nodes;
                if let Some(r) = range {
                    return Err(self.cst.unsupported(&r.nodes.1, "select on a replication"));
                }
                let (count, cat) = &mcat.nodes.0.nodes.1;
                let n = self.const_int(RefNode::from(count), "replication count")?;
                let mut parts = vec![];
                for e in cat.nodes.0.nodes.1.contents() {
                    parts.push(self.expr(RefNode::from(e))?);
                }
                self.repeat(n, parts, RefNode::from(&**mc))
            }
            Primary::FunctionSubroutineCall(f) => self.call(&f.nodes.0, RefNode::from(&**f)),
            Primary::MintypmaxExpression(m) => self.expr(RefNode::from(&m.nodes.0.nodes.1)),
            Primary::Cast(c) => Err(self.cst.unsupported(&**c, "cast `type'(expr)`")),
            Primary::AssignmentPatternExpression(x) => {
                Err(self.cst.unsupported(&**x, "assignment pattern `'{...}`"))
            }
            Primary::StreamingConcatenation(x) => {
                Err(self.cst.unsupported(&**x, "streaming concatenation"))
            }
            other => {
                let kind = node_kind(&RefNode::from(other));
                Err(self.cst.unsupported(other, &format!("primary `{kind}`")))
            }
        }
    }

    fn constant_primary(&mut self, p: &ConstantPrimary) -> R<Expr> {
        match p {
            ConstantPrimary::PrimaryLiteral(l) => self.literal(l),
            ConstantPrimary::PsParameter(x) => {
                let (id, select) = &x.nodes;
                let name = self.plain_ident(RefNode::from(id))?;
                let (bits, part) = self.select_parts(RefNode::from(select))?;
                self.apply_selects(&name, RefNode::from(&**x), bits, part)
            }
            ConstantPrimary::FormalPort(x) => {
                let (id, select) = &x.nodes;
                let name = self.plain_ident(RefNode::from(id))?;
                let (bits, part) = self.select_parts(RefNode::from(select))?;
                self.apply_selects(&name, RefNode::from(&**x), bits, part)
            }
            ConstantPrimary::GenvarIdentifier(g) => {
                let name = self.plain_ident(RefNode::from(&**g))?;
                self.name_ref(&name, RefNode::from(&**g))
            }
            ConstantPrimary::Concatenation(c) => {
                let (cat, range) = &c.nodes;
                if let Some(r) = range {
                    return Err(self
                        .cst
                        .unsupported(&r.nodes.1, "select on a concatenation"));
                }
                let mut parts = vec![];
                for e in cat.nodes.0.nodes.1.contents() {
                    parts.push(self.expr_inner(RefNode::from(e))?);
                }
                self.concat(parts, RefNode::from(&**c))
            }
            ConstantPrimary::MultipleConcatenation(mc) => {
                let (mcat, range) = &mc.nodes;
                if let Some(r) = range {
                    return Err(self.cst.unsupported(&r.nodes.1, "select on a replication"));
                }
                let (count, cat) = &mcat.nodes.0.nodes.1;
                let n = self.const_int(RefNode::from(count), "replication count")?;
                let mut parts = vec![];
                for e in cat.nodes.0.nodes.1.contents() {
                    parts.push(self.expr(RefNode::from(e))?);
                }
                self.repeat(n, parts, RefNode::from(&**mc))
            }
            ConstantPrimary::ConstantFunctionCall(f) => {
                self.call(&f.nodes.0.nodes.0, RefNode::from(&**f))
            }
            ConstantPrimary::MintypmaxExpression(m) => self.expr(RefNode::from(&m.nodes.0.nodes.1)),
            ConstantPrimary::ConstantCast(c) => {
                Err(self.cst.unsupported(&**c, "cast `type'(expr)`"))
            }
            other => {
                let kind = node_kind(&RefNode::from(other));
                Err(self
                    .cst
                    .unsupported(other, &format!("constant primary `{kind}`")))
            }
        }
    }

    fn repeat(&mut self, n: i64, parts: Vec<Expr>, at: RefNode) -> R<Expr> {
        // A negative count is taken as zero, as synthesis tools do: Bambu's library writes
        // `{{BITSIZE-4{1'b0}}, 4'd8}` in modules whose default BITSIZE is 1.
        let n = n.max(0);
        if n > Tv::MAX_WIDTH as i64 {
            return Err(self
                .cst
                .err(at, format!("replication count {n} is out of range")));
        }
        // `{0{x}}` is kept for `concat`, which drops it (SystemVerilog ignores a zero replication
        // inside a larger concatenation, as Calyx's `std_pad` writes `{{EXTEND{1'b0}}, in}`).
        Ok(Expr::Repeat(n as u32, Box::new(Expr::Concat(parts))))
    }

    /// A concatenation: zero replications among its elements vanish; anywhere else they are
    /// refused (a value of no bits).
    fn concat(&mut self, parts: Vec<Expr>, at: RefNode) -> R<Expr> {
        let parts: Vec<Expr> = parts
            .into_iter()
            .filter(|p| !matches!(p, Expr::Repeat(0, _)))
            .collect();
        if parts.is_empty() || parts.iter().any(has_zero_repeat) {
            return Err(self
                .cst
                .unsupported(at, "zero replication outside a larger concatenation"));
        }
        Ok(Expr::Concat(parts))
    }

    fn literal(&mut self, l: &PrimaryLiteral) -> R<Expr> {
        match l {
            PrimaryLiteral::Number(n) => match &**n {
                Number::IntegralNumber(i) => {
                    let text = self.cst.text(&**i);
                    parse_literal(&text)
                        .map(Expr::konst)
                        .map_err(|e| self.cst.err(&**i, e))
                }
                Number::RealNumber(r) => Err(self.cst.unsupported(&**r, "real number literal")),
            },
            PrimaryLiteral::UnbasedUnsizedLiteral(u) => {
                let text = self.cst.text(&**u);
                let v = parse_literal(&text).map_err(|e| self.cst.err(&**u, e))?;
                // '0/'1/'x fill the context width: model as a replicated bit, wide enough for any
                // context, which the evaluator truncates.
                if v.get_bit(0) == Some(true) {
                    // `'1`: all ones at the context width, which only the evaluator knows.
                    Ok(Expr::Const {
                        value: v,
                        name: Some(crate::ir::expr::FILL_ONES.to_string()),
                    })
                } else {
                    Ok(Expr::konst(v))
                }
            }
            // A string is a vector of 8-bit characters, first character most significant
            // (Bambu's `MEMORY_INIT_file="array.mem"`, Vitis' `MAXI_BUFFER_IMPL = "block"`).
            PrimaryLiteral::StringLiteral(s) => {
                let text = self.cst.text(&**s);
                let bytes = unescape_string(text.trim_matches('"'));
                Ok(Expr::konst(string_value(&bytes)))
            }
            PrimaryLiteral::TimeLiteral(t) => Err(self.cst.unsupported(&**t, "time literal")),
        }
    }

    fn unary_op(&self, op: &UnaryOperator) -> R<UnaryOp> {
        let t = self.cst.text(op);
        Ok(match t.as_str() {
            "+" => UnaryOp::Plus,
            "-" => UnaryOp::Neg,
            "!" => UnaryOp::LogNot,
            "~" => UnaryOp::BitNot,
            "&" => UnaryOp::RedAnd,
            "~&" => UnaryOp::RedNand,
            "|" => UnaryOp::RedOr,
            "~|" => UnaryOp::RedNor,
            "^" => UnaryOp::RedXor,
            "~^" | "^~" => UnaryOp::RedXnor,
            _ => return Err(self.cst.unsupported(op, &format!("unary operator `{t}`"))),
        })
    }

    fn binary_op(&self, op: &BinaryOperator) -> R<BinaryOp> {
        use BinaryOp::*;
        let t = self.cst.text(op);
        Ok(match t.as_str() {
            "+" => Add,
            "-" => Sub,
            "*" => Mul,
            "/" => Div,
            "%" => Mod,
            "**" => Pow,
            "&" => BitAnd,
            "|" => BitOr,
            "^" => BitXor,
            "~^" | "^~" => BitXnor,
            "&&" => LogAnd,
            "||" => LogOr,
            "==" => Eq,
            "!=" => Ne,
            "===" => CaseEq,
            "!==" => CaseNe,
            "<" => Lt,
            "<=" => Le,
            ">" => Gt,
            ">=" => Ge,
            "<<" => Shl,
            ">>" => Shr,
            "<<<" => AShl,
            ">>>" => AShr,
            _ => return Err(self.cst.unsupported(op, &format!("binary operator `{t}`"))),
        })
    }

    fn call(&mut self, sc: &SubroutineCall, at: RefNode) -> R<Expr> {
        match sc {
            SubroutineCall::TfCall(t) => {
                let (id, _, args) = &t.nodes;
                let name = self.plain_ident(RefNode::from(id))?;
                match args {
                    // sv-parser reads a bare identifier in a constant expression as a call.
                    None if !self.funcs.contains_key(&name)
                        || self.scope.constant(&name).is_some() =>
                    {
                        // A function's own name inside a constant call is its result variable.
                        self.name_ref(&name, at)
                    }
                    _ => {
                        let Some(&func) = self.funcs.get(&name) else {
                            // A constant call before the function's declaration (Vitis m_axi
                            // adapters size localparams with `calc_data_width` declared below).
                            let args = match args {
                                Some(a) => self.arguments(&a.nodes.1)?,
                                None => vec![],
                            };
                            if let Some(v) = self.fold_call(&name, &args) {
                                return Ok(Expr::konst(v));
                            }
                            return Err(self
                                .cst
                                .err(at, format!("call of unknown function `{name}`")));
                        };
                        let args = match args {
                            Some(a) => self.arguments(&a.nodes.1)?,
                            None => vec![],
                        };
                        if let Some(v) = self.fold_call(&name, &args) {
                            return Ok(Expr::konst(v));
                        }
                        Ok(Expr::Call { func, args })
                    }
                }
            }
            SubroutineCall::SystemTfCall(s) => {
                let (name, args) = match &**s {
                    SystemTfCall::ArgExpression(x) => {
                        let name = self.cst.text(&x.nodes.0);
                        let (list, clock) = &x.nodes.1.nodes.1;
                        if clock.is_some() {
                            return Err(self.cst.unsupported(&**x, "clocking event argument"));
                        }
                        let mut args = vec![];
                        for a in list.contents() {
                            match a {
                                Some(e) => args.push(self.expr(RefNode::from(e))?),
                                None => return Err(self.cst.err(&**x, "empty argument")),
                            }
                        }
                        (name, args)
                    }
                    SystemTfCall::ArgOptionl(x) => {
                        let name = self.cst.text(&x.nodes.0);
                        let args = match &x.nodes.1 {
                            Some(a) => self.arguments(&a.nodes.1)?,
                            None => vec![],
                        };
                        (name, args)
                    }
                    SystemTfCall::ArgDataType(x) => {
                        return Err(self
                            .cst
                            .unsupported(&**x, "system function with a type argument"))
                    }
                };
                self.system_function(&name, args, at)
            }
            other => Err(self.cst.unsupported(other, "method call or randomize")),
        }
    }

    fn arguments(&mut self, l: &ListOfArguments) -> R<Vec<Expr>> {
        match l {
            ListOfArguments::Ordered(o) => {
                let (list, named) = &o.nodes;
                if let Some(n) = named.first() {
                    return Err(self.cst.unsupported(&n.2, "named function argument"));
                }
                let mut out = vec![];
                for a in list.contents() {
                    match a {
                        Some(e) => out.push(self.expr(RefNode::from(e))?),
                        None => return Err(self.cst.err(&**o, "empty function argument")),
                    }
                }
                Ok(out)
            }
            ListOfArguments::Named(n) => Err(self.cst.unsupported(&**n, "named function argument")),
        }
    }

    fn system_function(&mut self, name: &str, mut args: Vec<Expr>, at: RefNode) -> R<Expr> {
        match (name, args.len()) {
            ("$signed", 1) | ("$unsigned", 1) => Ok(Expr::Cast {
                signed: name == "$signed",
                arg: Box::new(args.remove(0)),
            }),
            ("$clog2", 1) => {
                let v = self.const_value(&args[0]);
                let Some(n) = v.value() else {
                    return Err(self.cst.err(at, "$clog2 needs a constant argument"));
                };
                let bits = if n.bits() == 0 {
                    0
                } else {
                    let m1: num_bigint::BigUint = n - 1u32;
                    m1.bits()
                };
                Ok(Expr::konst(Tv::from_u64(32, bits).signed(true)))
            }
            _ => Err(self
                .cst
                .unsupported(at, &format!("system function `{name}` in hardware"))),
        }
    }

    // ---------------------------------------------------------------- names and selects

    fn check_no_scope(&self, scope: Option<RefNode>) -> R<()> {
        if let Some(s) = scope {
            let has_tokens = s
                .clone()
                .into_iter()
                .any(|n| matches!(n, RefNode::Locate(_)));
            if has_tokens {
                return Err(self.cst.unsupported(s, "package or class scope"));
            }
        }
        Ok(())
    }

    fn simple_name(&self, h: &HierarchicalIdentifier) -> R<String> {
        let (root, path, last) = &h.nodes;
        if root.is_some() || !path.is_empty() {
            return Err(self.cst.unsupported(h, "hierarchical reference"));
        }
        self.plain_ident(RefNode::from(last))
    }

    /// An identifier with no package scope or hierarchy.
    fn plain_ident(&self, n: RefNode) -> R<String> {
        let text = self.cst.text(n.clone());
        if text.contains("::") || text.contains('.') {
            return Err(self.cst.unsupported(n, "scoped or hierarchical name"));
        }
        self.cst
            .ident(n.clone())
            .ok_or_else(|| self.cst.err(n, "expected an identifier"))
    }

    pub(super) fn name_ref(&mut self, name: &str, at: RefNode) -> R<Expr> {
        if let Some(scope) = &self.function_scope {
            if let Some(&id) = scope.get(name) {
                return Ok(Expr::Sig(id));
            }
        }
        if let Some(v) = self.scope.constant(name) {
            return Ok(Expr::Const {
                value: v.clone(),
                name: Some(name.to_string()),
            });
        }
        if let Some(sid) = self.lookup_sig(name) {
            return Ok(Expr::Sig(sid));
        }
        if let Some(p) = self.lookup_param(name) {
            return Ok(Expr::Const {
                value: self.m.params[p].value.clone(),
                name: Some(self.m.params[p].name.clone()),
            });
        }
        Err(self.undeclared(name, at))
    }

    pub(super) fn undeclared(&self, name: &str, at: RefNode) -> Diagnostic {
        let why = if self.no_implicit_nets {
            " (`default_nettype none` is in force)"
        } else {
            ""
        };
        self.cst
            .err(at, format!("undeclared identifier `{name}`{why}"))
    }

    /// A signal by the name written at this point: innermost generate block first.
    pub(super) fn lookup_sig(&self, name: &str) -> Option<SignalId> {
        self.scope
            .candidates(name)
            .find_map(|n| self.sigs.get(&n).copied())
    }

    pub(super) fn lookup_param(&self, name: &str) -> Option<usize> {
        self.scope
            .candidates(name)
            .find_map(|n| self.params.get(&n).copied())
    }

    /// Bit-select index expressions and an optional part select, from a `Select` or `ConstantSelect`.
    fn select_parts<'n>(&self, n: RefNode<'n>) -> R<(Vec<RefNode<'n>>, Option<PartSel<'n>>)> {
        match n {
            RefNode::Select(s) => {
                let (member, bits, part) = &s.nodes;
                if let Some(m) = member {
                    return Err(self.cst.unsupported(&m.2, "member select"));
                }
                let bits = bits
                    .nodes
                    .0
                    .iter()
                    .map(|b| RefNode::from(&b.nodes.1))
                    .collect();
                let part = part.as_ref().map(|p| match &p.nodes.1 {
                    PartSelectRange::ConstantRange(r) => {
                        PartSel::Range(RefNode::from(&r.nodes.0), RefNode::from(&r.nodes.2))
                    }
                    PartSelectRange::IndexedRange(r) => PartSel::Indexed(
                        RefNode::from(&r.nodes.0),
                        self.cst.text(&r.nodes.1) == "+:",
                        RefNode::from(&r.nodes.2),
                    ),
                });
                Ok((bits, part))
            }
            RefNode::ConstantSelect(s) => {
                let (member, bits, part) = &s.nodes;
                if let Some(m) = member {
                    return Err(self.cst.unsupported(&m.2, "member select"));
                }
                let bits = bits
                    .nodes
                    .0
                    .iter()
                    .map(|b| RefNode::from(&b.nodes.1))
                    .collect();
                let part = part.as_ref().map(|p| match &p.nodes.1 {
                    ConstantPartSelectRange::ConstantRange(r) => {
                        PartSel::Range(RefNode::from(&r.nodes.0), RefNode::from(&r.nodes.2))
                    }
                    ConstantPartSelectRange::ConstantIndexedRange(r) => PartSel::Indexed(
                        RefNode::from(&r.nodes.0),
                        self.cst.text(&r.nodes.1) == "+:",
                        RefNode::from(&r.nodes.2),
                    ),
                });
                Ok((bits, part))
            }
            other => Err(self.cst.unsupported(other, "select")),
        }
    }

    fn apply_selects(
        &mut self,
        name: &str,
        at: RefNode,
        bits: Vec<RefNode>,
        part: Option<PartSel>,
    ) -> R<Expr> {
        let base = self.name_ref(name, at.clone())?;
        let mut bits = bits.into_iter();
        let mut e = match base {
            Expr::Sig(s) if self.m.signal(s).is_memory() => {
                let Some(addr) = bits.next() else {
                    return Err(self
                        .cst
                        .unsupported(at, &format!("whole-array reference to memory `{name}`")));
                };
                Expr::Word {
                    mem: s,
                    addr: Box::new(self.expr(addr)?),
                }
            }
            other => other,
        };
        if let Some(b) = bits.next() {
            e = Expr::Bit {
                base: Box::new(e),
                index: Box::new(self.expr(b)?),
            };
        }
        if let Some(extra) = bits.next() {
            return Err(self.cst.unsupported(extra, "select of a single bit"));
        }
        if let Some(p) = part {
            if matches!(e, Expr::Bit { .. }) {
                return Err(self.cst.unsupported(at, "part select of a bit select"));
            }
            e = self.part_select(e, p)?;
        }
        Ok(e)
    }

    fn part_select(&mut self, base: Expr, p: PartSel) -> R<Expr> {
        match p {
            PartSel::Range(msb, lsb) => {
                let msb = self.const_int(msb, "part-select bound")?;
                let lsb = self.const_int(lsb, "part-select bound")?;
                Ok(Expr::Part {
                    base: Box::new(base),
                    msb,
                    lsb,
                })
            }
            PartSel::Indexed(start, up, width) => {
                let w = self.const_int(width.clone(), "indexed part-select width")?;
                if !(1..=Tv::MAX_WIDTH as i64).contains(&w) {
                    return Err(self
                        .cst
                        .err(width, "indexed part-select width out of range"));
                }
                Ok(Expr::IndexedPart {
                    base: Box::new(base),
                    start: Box::new(self.expr(start)?),
                    width: w as u32,
                    up,
                })
            }
        }
    }

    // ---------------------------------------------------------------- assignment targets

    fn target(&mut self, name: &str, at: RefNode) -> R<SignalId> {
        if self.scope.constant(name).is_some() {
            return Err(self.cst.err(
                at,
                format!("assignment to loop variable `{name}` inside its unrolled loop"),
            ));
        }
        match self.lookup_sig(name) {
            Some(s) => Ok(s),
            None if self.lookup_param(name).is_some() => Err(self
                .cst
                .err(at, format!("assignment to parameter `{name}`"))),
            None => Err(self.undeclared(name, at)),
        }
    }

    fn lvalue_selects(
        &mut self,
        sig: SignalId,
        at: RefNode,
        bits: Vec<RefNode>,
        part: Option<PartSel>,
    ) -> R<LValue> {
        let is_mem = self.m.signal(sig).is_memory();
        let mut bits = bits.into_iter();
        match (is_mem, bits.next(), bits.next(), part) {
            (false, None, _, None) => Ok(LValue::Whole(sig)),
            (false, Some(b), None, None) => Ok(LValue::Bit(sig, self.expr(b)?)),
            (false, None, _, Some(PartSel::Range(msb, lsb))) => {
                let msb = self.const_int(msb, "part-select bound")?;
                let lsb = self.const_int(lsb, "part-select bound")?;
                Ok(LValue::Part(sig, msb, lsb))
            }
            (false, None, _, Some(PartSel::Indexed(start, up, width))) => {
                let w = self.const_int(width.clone(), "indexed part-select width")?;
                if !(1..=Tv::MAX_WIDTH as i64).contains(&w) {
                    return Err(self
                        .cst
                        .err(width, "indexed part-select width out of range"));
                }
                Ok(LValue::IndexedPart {
                    sig,
                    start: self.expr(start)?,
                    width: w as u32,
                    up,
                })
            }
            (true, Some(addr), None, None) => Ok(LValue::Word(sig, self.expr(addr)?)),
            (true, None, _, _) => Err(self.cst.unsupported(at, "assignment to a whole memory")),
            (true, Some(_), _, _) => Err(self.cst.unsupported(
                at,
                "bit or part select of a memory word on the left-hand side",
            )),
            (false, Some(_), _, _) => Err(self
                .cst
                .unsupported(at, "multiple selects on the left-hand side")),
        }
    }

    /// An assignment's target and value. A write to part of a memory word (Bambu's byte
    /// enables: `memory[a][i*8+:8] <= d[i*8+:8]`) becomes a write of the whole word that keeps
    /// the other bits: for the analyses that is a read of the memory plus a write that kills
    /// nothing, which is what a partial write is (sound). The text itself is never rewritten.
    pub(super) fn assignment(&mut self, lv: &VariableLvalue, rhs: Expr) -> R<(LValue, Expr)> {
        if let VariableLvalue::Identifier(i) = lv {
            let (scope, hid, select) = &i.nodes;
            let (root, path, last) = &hid.nodes.0.nodes;
            if scope.is_none() && root.is_none() && path.is_empty() {
                let name = self.plain_ident(RefNode::from(last))?;
                if let Some(sig) = self.lookup_sig(&name) {
                    if self.m.signal(sig).is_memory() {
                        let (bits, part) = self.select_parts(RefNode::from(select))?;
                        if bits.len() == 2 || (bits.len() == 1 && part.is_some()) {
                            return self.word_part_write(sig, bits, part, rhs, RefNode::from(&**i));
                        }
                    }
                }
            }
        }
        Ok((self.variable_lvalue(lv)?, rhs))
    }

    fn word_part_write(
        &mut self,
        mem: SignalId,
        bits: Vec<RefNode>,
        part: Option<PartSel>,
        rhs: Expr,
        at: RefNode,
    ) -> R<(LValue, Expr)> {
        let (msb, lsb) = (self.m.signal(mem).msb, self.m.signal(mem).lsb);
        if msb < lsb {
            return Err(self
                .cst
                .unsupported(at, "part write to a memory word with an ascending range"));
        }
        let w = (msb - lsb + 1) as u32;
        let offset = |e: Expr| {
            if lsb == 0 {
                e
            } else {
                Expr::Binary(
                    BinaryOp::Sub,
                    Box::new(e),
                    Box::new(Expr::konst(Tv::from_u64(32, lsb as u64).signed(true))),
                )
            }
        };
        let mut bits = bits.into_iter();
        let addr = self.expr(bits.next().expect("checked by the caller"))?;
        let (start, width) = match (bits.next(), part) {
            (Some(b), None) => (offset(self.expr(b)?), 1u32),
            (None, Some(PartSel::Range(m, l))) => {
                let m = self.const_int(m, "part-select bound")?;
                let l = self.const_int(l, "part-select bound")?;
                if m < l {
                    return Err(self.cst.unsupported(at, "ascending part select"));
                }
                (
                    Expr::konst(Tv::from_u64(32, (l - lsb) as u64)),
                    (m - l + 1) as u32,
                )
            }
            (None, Some(PartSel::Indexed(start, up, width))) => {
                let wd = self.const_int(width.clone(), "indexed part-select width")?;
                if !(1..=i64::from(w)).contains(&wd) {
                    return Err(self
                        .cst
                        .err(width, "indexed part-select width out of range"));
                }
                let s = self.expr(start)?;
                let s = if up {
                    s
                } else {
                    Expr::Binary(
                        BinaryOp::Sub,
                        Box::new(s),
                        Box::new(Expr::konst(Tv::from_u64(32, (wd - 1) as u64))),
                    )
                };
                (offset(s), wd as u32)
            }
            _ => {
                return Err(self.cst.unsupported(
                    at,
                    "multiple selects of a memory word on the left-hand side",
                ))
            }
        };
        let ones = (num_bigint::BigUint::from(1u8) << width) - 1u8;
        let mask = Expr::konst(Tv::known(w, ones));
        let shifted_mask = Expr::Binary(
            BinaryOp::Shl,
            Box::new(mask.clone()),
            Box::new(start.clone()),
        );
        let old = Expr::Word {
            mem,
            addr: Box::new(addr.clone()),
        };
        let kept = Expr::Binary(
            BinaryOp::BitAnd,
            Box::new(old),
            Box::new(Expr::Unary(UnaryOp::BitNot, Box::new(shifted_mask))),
        );
        let new = Expr::Binary(
            BinaryOp::Shl,
            Box::new(Expr::Binary(
                BinaryOp::BitAnd,
                Box::new(rhs),
                Box::new(mask),
            )),
            Box::new(start),
        );
        let merged = Expr::Binary(BinaryOp::BitOr, Box::new(kept), Box::new(new));
        Ok((LValue::Word(mem, addr), merged))
    }

    pub(super) fn variable_lvalue(&mut self, lv: &VariableLvalue) -> R<LValue> {
        match lv {
            VariableLvalue::Identifier(i) => {
                let (scope, hid, select) = &i.nodes;
                if let Some(s) = scope {
                    return Err(self.cst.unsupported(s, "scoped assignment target"));
                }
                let (root, path, last) = &hid.nodes.0.nodes;
                if root.is_some() || !path.is_empty() {
                    return Err(self.cst.unsupported(hid, "hierarchical assignment target"));
                }
                let name = self.plain_ident(RefNode::from(last))?;
                let at = RefNode::from(&**i);
                let sig = self.target(&name, at.clone())?;
                let (bits, part) = self.select_parts(RefNode::from(select))?;
                self.lvalue_selects(sig, at, bits, part)
            }
            VariableLvalue::Lvalue(l) => {
                let mut parts = vec![];
                for x in l.nodes.0.nodes.1.contents() {
                    parts.push(self.variable_lvalue(x)?);
                }
                Ok(LValue::Concat(parts))
            }
            VariableLvalue::Pattern(p) => {
                Err(self.cst.unsupported(&**p, "assignment pattern target"))
            }
            VariableLvalue::StreamingConcatenation(s) => {
                Err(self.cst.unsupported(&**s, "streaming concatenation target"))
            }
        }
    }

    pub(super) fn net_lvalue(&mut self, lv: &NetLvalue) -> R<LValue> {
        match lv {
            NetLvalue::Identifier(i) => {
                let (id, select) = &i.nodes;
                let name = self.plain_ident(RefNode::from(id))?;
                let at = RefNode::from(&**i);
                let sig = self.target(&name, at.clone())?;
                let (bits, part) = self.select_parts(RefNode::from(select))?;
                self.lvalue_selects(sig, at, bits, part)
            }
            NetLvalue::Lvalue(l) => {
                let mut parts = vec![];
                for x in l.nodes.0.nodes.1.contents() {
                    parts.push(self.net_lvalue(x)?);
                }
                Ok(LValue::Concat(parts))
            }
            NetLvalue::Pattern(p) => Err(self.cst.unsupported(&**p, "assignment pattern target")),
        }
    }
}

/// The bytes of a string literal's body, with Verilog's escapes (`\n`, `\t`, `\\`, `\"`, `\ddd`).
fn unescape_string(body: &str) -> Vec<u8> {
    let mut out = vec![];
    let mut it = body.bytes().peekable();
    while let Some(b) = it.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match it.next() {
            Some(b'n') => out.push(b'\n'),
            Some(b't') => out.push(b'\t'),
            Some(d @ b'0'..=b'7') => {
                let mut v = u32::from(d - b'0');
                for _ in 0..2 {
                    match it.peek() {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            it.next();
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            Some(other) => out.push(other),
            None => out.push(b'\\'),
        }
    }
    out
}

/// A string as a bit vector: 8 bits per character (an empty string is one zero byte).
pub fn string_value(bytes: &[u8]) -> Tv {
    if bytes.is_empty() {
        return Tv::from_u64(8, 0);
    }
    Tv::known(
        8 * bytes.len() as u32,
        num_bigint::BigUint::from_bytes_be(bytes),
    )
}

/// The characters of a constant string value (leading zero bytes dropped, as Verilog does).
pub fn string_of(v: &Tv) -> Option<String> {
    let big = v.value()?;
    let bytes = big.to_bytes_be();
    let s: Vec<u8> = bytes.into_iter().skip_while(|b| *b == 0).collect();
    String::from_utf8(s).ok()
}

/// Does a zero replication appear anywhere in `e`?
pub(super) fn has_zero_repeat(e: &Expr) -> bool {
    matches!(e, Expr::Repeat(0, _)) || e.children().into_iter().any(has_zero_repeat)
}
