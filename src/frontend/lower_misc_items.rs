//! Module items HLS libraries use that are sugar for what the IR already has:
//! gate primitives (Bambu writes `or or_x(out, a, b, c);`) become continuous assigns, and
//! `defparam inst.P = v;` (LegUp's `ram_dual_port` instances) becomes an instance parameter.

use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::{BinaryOp, ContAssign, Expr, UnaryOp};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

impl ModLower<'_, '_> {
    pub(super) fn gate(&mut self, g: &GateInstantiation) -> R<()> {
        match g {
            GateInstantiation::NInput(n) => {
                let (ty, strength, delay, list, _) = &n.nodes;
                if let Some(s) = strength {
                    return Err(self.cst.unsupported(s, "drive strength on a gate"));
                }
                let _ = delay; // a delay does not change the synthesised logic
                let kind = self.cst.text(ty);
                for inst in list.contents() {
                    let (_, ports) = &inst.nodes;
                    let (out, _, ins) = &ports.nodes.1;
                    let lhs = self.net_lvalue(&out.nodes.0)?;
                    let mut args = vec![];
                    for i in ins.contents() {
                        args.push(self.expr(RefNode::from(&i.nodes.0))?);
                    }
                    let (op, invert) = match kind.as_str() {
                        "and" => (BinaryOp::BitAnd, false),
                        "nand" => (BinaryOp::BitAnd, true),
                        "or" => (BinaryOp::BitOr, false),
                        "nor" => (BinaryOp::BitOr, true),
                        "xor" => (BinaryOp::BitXor, false),
                        "xnor" => (BinaryOp::BitXor, true),
                        other => {
                            return Err(self
                                .cst
                                .unsupported(ty, &format!("gate primitive `{other}`")))
                        }
                    };
                    let mut it = args.into_iter();
                    let first = it
                        .next()
                        .unwrap_or_else(|| Expr::konst(crate::ir::Tv::unknown(1)));
                    let mut rhs = it.fold(first, |a, b| Expr::Binary(op, Box::new(a), Box::new(b)));
                    if invert {
                        rhs = Expr::Unary(UnaryOp::BitNot, Box::new(rhs));
                    }
                    self.m.assigns.push(ContAssign {
                        lhs,
                        rhs,
                        span: self.cst.span(inst),
                        rhs_span: self.cst.span(inst),
                    });
                }
                Ok(())
            }
            GateInstantiation::NOutput(n) => {
                let (ty, strength, _, list, _) = &n.nodes;
                if let Some(s) = strength {
                    return Err(self.cst.unsupported(s, "drive strength on a gate"));
                }
                let invert = match self.cst.text(ty).as_str() {
                    "buf" => false,
                    "not" => true,
                    other => {
                        return Err(self
                            .cst
                            .unsupported(ty, &format!("gate primitive `{other}`")))
                    }
                };
                for inst in list.contents() {
                    let (_, ports) = &inst.nodes;
                    let (outs, _, input) = &ports.nodes.1;
                    let mut rhs = self.expr(RefNode::from(&input.nodes.0))?;
                    if invert {
                        rhs = Expr::Unary(UnaryOp::BitNot, Box::new(rhs));
                    }
                    for o in outs.contents() {
                        let lhs = self.net_lvalue(&o.nodes.0)?;
                        self.m.assigns.push(ContAssign {
                            lhs,
                            rhs: rhs.clone(),
                            span: self.cst.span(inst),
                            rhs_span: self.cst.span(input),
                        });
                    }
                }
                Ok(())
            }
            other => Err(self
                .cst
                .unsupported(other, "switch-level or pull gate primitive")),
        }
    }

    /// `defparam u.P = v;`: kept until every instance is lowered (it may come first).
    pub(super) fn defparam(&mut self, p: &ParameterOverride) -> R<()> {
        for a in p.nodes.1.nodes.0.contents() {
            let (target, _, value) = &a.nodes;
            let text = self.cst.text(target);
            let parts: Vec<&str> = text.split('.').map(str::trim).collect();
            let [inst, param] = parts.as_slice() else {
                return Err(self
                    .cst
                    .unsupported(target, "defparam of a parameter more than one level down"));
            };
            let v = match value {
                ConstantMintypmaxExpression::Unary(e) => {
                    self.const_of(RefNode::from(&**e), "defparam value")?
                }
                other => return Err(self.cst.unsupported(other, "min:typ:max defparam value")),
            };
            let full = format!("{}{inst}", self.scope.prefix());
            self.defparams
                .push((full, param.to_string(), v, self.cst.span(a)));
        }
        Ok(())
    }

    /// Give each instance the values its defparams set (after all instances are lowered).
    pub(super) fn apply_defparams(&mut self) -> R<()> {
        for (inst, param, value, span) in std::mem::take(&mut self.defparams) {
            let Some(i) = self.m.instances.iter_mut().find(|i| i.name == inst) else {
                return Err(self.err_span(
                    span,
                    format!("defparam names instance `{inst}`, which this module does not have"),
                ));
            };
            i.params
                .retain(|(n, _)| n.as_deref() != Some(param.as_str()));
            i.params.push((Some(param), value));
        }
        Ok(())
    }
}
