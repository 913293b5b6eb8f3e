//! Functions (Polyphony ROMs and helpers): their result shape and the module signals they read.
//! Calls are evaluated as unknown values; only their reads matter to the analyses.

use super::lower_module::ModLower;
use crate::diag::Diagnostic;
use crate::ir::Function;
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

impl ModLower<'_, '_> {
    pub(super) fn function_header(&mut self, f: &FunctionDeclaration) -> R<()> {
        let id = match &f.nodes.2 {
            FunctionBodyDeclaration::WithoutPort(b) => &b.nodes.2,
            FunctionBodyDeclaration::WithPort(b) => &b.nodes.2,
        };
        let name = self.cst.ident(id).unwrap_or_default();
        let shape = self.function_shape(f)?;
        let idx = self.m.functions.len();
        self.m.functions.push(Function {
            name: name.clone(),
            width: ((shape.msb - shape.lsb).unsigned_abs() + 1) as u32,
            signed: shape.signed,
            reads: vec![],
            span: self.cst.span(f),
        });
        self.funcs.insert(name, idx);
        Ok(())
    }

    /// The shape of a function's result.
    pub(super) fn function_shape(
        &mut self,
        f: &FunctionDeclaration,
    ) -> R<super::lower_module::Shape> {
        let ret = match &f.nodes.2 {
            FunctionBodyDeclaration::WithoutPort(b) => &b.nodes.0,
            FunctionBodyDeclaration::WithPort(b) => &b.nodes.0,
        };
        Ok(match ret {
            FunctionDataTypeOrImplicit::ImplicitDataType(i) => {
                let (signing, dims) = &i.nodes;
                let mut s = self.packed(dims, RefNode::from(&**i))?;
                s.signed = matches!(signing, Some(Signing::Signed(_)));
                s
            }
            FunctionDataTypeOrImplicit::DataTypeOrVoid(d) => match &**d {
                DataTypeOrVoid::DataType(d) => self.data_type(d)?,
                DataTypeOrVoid::Void(v) => return Err(self.cst.unsupported(&**v, "void function")),
            },
        })
    }

    /// A function's module-level reads: identifiers in its statements that name module signals and
    /// are not declared inside the function (inputs, locals). Calls are evaluated as unknown values.
    pub(super) fn function_body(&mut self, f: &FunctionDeclaration) -> R<()> {
        let (id, decl_nodes, stmts): (_, Vec<RefNode>, Vec<RefNode>) = match &f.nodes.2 {
            FunctionBodyDeclaration::WithoutPort(b) => (
                &b.nodes.2,
                b.nodes.4.iter().map(RefNode::from).collect(),
                b.nodes.5.iter().map(RefNode::from).collect(),
            ),
            FunctionBodyDeclaration::WithPort(b) => {
                let mut d: Vec<RefNode> = b.nodes.5.iter().map(RefNode::from).collect();
                if let Some(pl) = &b.nodes.3.nodes.1 {
                    d.push(RefNode::from(pl));
                }
                (&b.nodes.2, d, b.nodes.6.iter().map(RefNode::from).collect())
            }
        };
        let fname = self.cst.ident(id).unwrap_or_default();
        let mut locals = std::collections::HashSet::new();
        locals.insert(fname.clone());
        for d in decl_nodes {
            for n in d {
                if let RefNode::SimpleIdentifier(s) = n {
                    if let Some(t) = self.cst.tree.get_str(&s.nodes.0) {
                        locals.insert(t.to_string());
                    }
                }
            }
        }
        let mut reads = vec![];
        for s in stmts {
            for n in s.clone() {
                match n {
                    RefNode::SimpleIdentifier(x) => {
                        let t = self.cst.tree.get_str(&x.nodes.0).unwrap_or("");
                        if !locals.contains(t) {
                            if let Some(sid) = self.lookup_sig(t) {
                                if !reads.contains(&sid) {
                                    reads.push(sid);
                                }
                            }
                        }
                    }
                    RefNode::LoopStatement(l) => {
                        // Loops inside functions are fine for reads; they are never executed here.
                        let _ = l;
                    }
                    _ => {}
                }
            }
        }
        let idx = self.funcs[&fname];
        self.m.functions[idx].reads = reads;
        Ok(())
    }
}
