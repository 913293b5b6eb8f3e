//! Generate constructs, elaborated while lowering: `generate ... endgenerate` regions, if / case
//! generate on parameters, and generate loops over genvars (unrolled). Vitis `m_axi` adapters and
//! Bambu's IP library choose implementations this way (`generate if (HIGH_LATENCY == 2)`).
//!
//! Elaboration happens per specialisation (parameter values are known), so a construct yields
//! the plain module items of the chosen blocks, each with the scope it sits in (`Scope`):
//! declarations inside a block get the block's hierarchical prefix (`blk.x`, `g[3].x`), the
//! genvar is a constant in each iteration. The items of a generate loop share their source
//! text between iterations; the module records the loop's span (`Module::generate_loops`) so
//! that insert, which edits text, can refuse to edit inside one.

use super::const_step::{assign_op, inc_dec};
use super::lower_module::ModLower;
use super::scope::Scope;
use crate::diag::Diagnostic;
use crate::ir::Tv;
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

/// More iterations than this in one generate loop is taken for a loop that never ends.
const MAX_GENERATE_ITERATIONS: usize = 1 << 16;

/// A plain module item with the scope it is lowered in.
pub(super) type ScopedItem<'n> = (RefNode<'n>, Scope);

impl<'n> ModLower<'_, '_> {
    /// Append `item` to `out` if it is a plain item; elaborate it if it is a generate construct
    /// (declaring the chosen blocks' items on the way).
    pub(super) fn expand(
        &mut self,
        item: RefNode<'n>,
        scope: &mut Scope,
        out: &mut Vec<ScopedItem<'n>>,
    ) -> R<()> {
        match item {
            RefNode::ModuleItem(ModuleItem::NonPortModuleItem(n)) => {
                self.expand(RefNode::from(&**n), scope, out)
            }
            RefNode::NonPortModuleItem(NonPortModuleItem::GenerateRegion(r)) => {
                for gi in &r.nodes.1 {
                    self.expand(RefNode::from(gi), scope, out)?;
                }
                Ok(())
            }
            RefNode::NonPortModuleItem(NonPortModuleItem::ModuleOrGenerateItem(g)) => {
                self.expand_mogi(g, item, scope, out)
            }
            RefNode::GenerateItem(GenerateItem::ModuleOrGenerateItem(g)) => {
                self.expand_mogi(g, RefNode::from(&**g), scope, out)
            }
            RefNode::GenerateItem(other) => Err(self
                .cst
                .unsupported(other, "interface or checker item in a generate block")),
            other => {
                out.push((other, scope.clone()));
                Ok(())
            }
        }
    }

    fn expand_mogi(
        &mut self,
        g: &'n ModuleOrGenerateItem,
        item: RefNode<'n>,
        scope: &mut Scope,
        out: &mut Vec<ScopedItem<'n>>,
    ) -> R<()> {
        if let ModuleOrGenerateItem::ModuleItem(mi) = g {
            match &mi.nodes.1 {
                ModuleCommonItem::LoopGenerateConstruct(l) => {
                    return self.loop_generate(l, scope, out)
                }
                ModuleCommonItem::ConditionalGenerateConstruct(c) => {
                    return self.conditional_generate(c, scope, out)
                }
                _ => {}
            }
        }
        out.push((item, scope.clone()));
        Ok(())
    }

    /// A constant condition or selector of a generate construct, in the current scope.
    fn generate_const(&mut self, e: &ConstantExpression, scope: &Scope, what: &str) -> R<Tv> {
        self.scope = scope.clone();
        let x = self.expr(RefNode::from(e))?;
        let v = self.const_value(&x);
        if !v.is_known() {
            return Err(self.cst.err(
                e,
                format!("{what} is not a constant expression of parameters"),
            ));
        }
        Ok(v)
    }

    fn conditional_generate(
        &mut self,
        c: &'n ConditionalGenerateConstruct,
        scope: &mut Scope,
        out: &mut Vec<ScopedItem<'n>>,
    ) -> R<()> {
        // The unnamed-block number counts the construct whichever branch is chosen.
        let unnamed = scope.next_unnamed();
        let chosen: Option<&GenerateBlock> = match c {
            ConditionalGenerateConstruct::If(i) => {
                let (_, cond, then_b, else_b) = &i.nodes;
                let v = self.generate_const(&cond.nodes.1, scope, "generate-if condition")?;
                if v.truth() == Some(true) {
                    Some(then_b)
                } else {
                    else_b.as_ref().map(|(_, b)| b)
                }
            }
            ConditionalGenerateConstruct::Case(k) => {
                let (_, sel, items, _) = &k.nodes;
                let sel = self.generate_const(&sel.nodes.1, scope, "generate-case selector")?;
                let mut found = None;
                let mut default = None;
                for it in items {
                    match it {
                        CaseGenerateItem::Nondefault(nd) => {
                            for l in nd.nodes.0.contents() {
                                let lv = self.generate_const(l, scope, "generate-case label")?;
                                if found.is_none() && sel.eq3(&lv).truth() == Some(true) {
                                    found = Some(&nd.nodes.2);
                                }
                            }
                        }
                        CaseGenerateItem::Default(d) => default = Some(&d.nodes.2),
                    }
                }
                found.or(default)
            }
        };
        if let Some(b) = chosen {
            // `if (..) begin : a ... end else begin : b ... end`: each block names its own scope.
            let name = block_label(self, b).unwrap_or(unnamed);
            self.generate_block(b, scope.enter(&name), out)?;
        }
        Ok(())
    }

    fn loop_generate(
        &mut self,
        l: &'n LoopGenerateConstruct,
        scope: &mut Scope,
        out: &mut Vec<ScopedItem<'n>>,
    ) -> R<()> {
        let (_, header, block) = &l.nodes;
        let (init, _, cond, _, step) = &header.nodes.1;
        let var = self.cst.ident(&init.nodes.1).unwrap_or_default();
        let mut value = self.generate_const(&init.nodes.3, scope, "genvar initial value")?;
        let name = block_label(self, block).unwrap_or_else(|| scope.next_unnamed());
        self.m.generate_loops.push(self.cst.span(l));
        for _ in 0..MAX_GENERATE_ITERATIONS {
            let mut inner = scope.clone();
            inner.bind(&var, value.clone());
            let go = self.generate_const(&cond.nodes.0, &inner, "generate-loop condition")?;
            if go.truth() != Some(true) {
                return Ok(());
            }
            let index = tv_to_i64(&value).ok_or_else(|| {
                self.cst
                    .err(&init.nodes.1, format!("genvar `{var}` is out of range"))
            })?;
            let body = inner.enter(&format!("{name}[{index}]"));
            self.generate_block(block, body, out)?;
            value = self.genvar_step(step, &inner, &var)?;
        }
        Err(self.cst.err(
            l,
            format!("generate loop runs more than {MAX_GENERATE_ITERATIONS} iterations"),
        ))
    }

    fn genvar_step(&mut self, step: &GenvarIteration, scope: &Scope, var: &str) -> R<Tv> {
        let cur = scope
            .constant(var)
            .cloned()
            .unwrap_or_else(|| Tv::unknown(32));
        let v = match step {
            GenvarIteration::Assignment(a) => {
                let (_, op, e) = &a.nodes;
                let rhs = self.generate_const(&e.nodes.0, scope, "genvar step")?;
                let text = self.cst.text(op);
                assign_op(&text, &cur, rhs, 32).ok_or_else(|| {
                    self.cst
                        .unsupported(op, &format!("genvar step operator `{text}`"))
                })?
            }
            GenvarIteration::Prefix(p) => inc_dec(&self.cst.text(&p.nodes.0), &cur),
            GenvarIteration::Suffix(s) => inc_dec(&self.cst.text(&s.nodes.1), &cur),
        };
        Ok(v.signed(true))
    }

    /// The items of a chosen generate block: declarations first, then nested constructs.
    fn generate_block(
        &mut self,
        b: &'n GenerateBlock,
        mut scope: Scope,
        out: &mut Vec<ScopedItem<'n>>,
    ) -> R<()> {
        let items: Vec<RefNode<'n>> = match b {
            GenerateBlock::GenerateItem(gi) => vec![RefNode::from(&**gi)],
            GenerateBlock::Multiple(m) => m.nodes.3.iter().map(RefNode::from).collect(),
        };
        let items = self.hardware_items(&items);
        for it in &items {
            self.scope = scope.clone();
            self.declarations(it.clone())?;
        }
        for it in items {
            self.expand(it, &mut scope, out)?;
        }
        Ok(())
    }
}

impl ModLower<'_, '_> {
    /// The genvar bindings in force (at module-item level only generate loops bind constants).
    pub(super) fn genvar_values(&self) -> Vec<(String, i64)> {
        self.scope
            .consts
            .iter()
            .filter_map(|(n, v)| Some((n.clone(), tv_to_i64(v)?)))
            .collect()
    }
}

/// `label : begin` or `begin : label`.
fn block_label(l: &ModLower, b: &GenerateBlock) -> Option<String> {
    let GenerateBlock::Multiple(m) = b else {
        return None;
    };
    let (before, _, after, _, _, _) = &m.nodes;
    before
        .as_ref()
        .map(|(id, _)| l.cst.ident(id))
        .or_else(|| after.as_ref().map(|(_, id)| l.cst.ident(id)))
        .flatten()
}

/// A known constant as a signed 64-bit integer (its own signedness respected).
pub(super) fn tv_to_i64(v: &Tv) -> Option<i64> {
    super::const_step::to_i64(v, false)
}
