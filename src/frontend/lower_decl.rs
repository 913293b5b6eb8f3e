//! Lowering of declarations: parameters (evaluated), types and ranges, ports (ANSI and non-ANSI),
//! nets and variables.

use super::cst::node_kind;
use super::lower_module::{ModLower, Shape};
use crate::diag::Diagnostic;
use crate::ir::eval::{Evaluator, NoSignals};
use crate::ir::{Direction, Expr, Param, Signal, SignalId, SignalKind, Span, Tv};
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

impl ModLower<'_, '_> {
    pub(super) fn parameter_port_list(&mut self, pl: &ParameterPortList) -> R<()> {
        match pl {
            ParameterPortList::Assignment(a) => {
                let (first, rest) = &a.nodes.1.nodes.1;
                for pa in first.nodes.0.contents() {
                    self.param_assignment(pa, None, false)?;
                }
                for (_, decl) in rest {
                    self.parameter_port_declaration(decl)?;
                }
            }
            ParameterPortList::Declaration(d) => {
                for decl in d.nodes.1.nodes.1.contents() {
                    self.parameter_port_declaration(decl)?;
                }
            }
            ParameterPortList::Empty(_) => {}
        }
        Ok(())
    }

    pub(super) fn parameter_port_declaration(&mut self, decl: &ParameterPortDeclaration) -> R<()> {
        match decl {
            ParameterPortDeclaration::ParameterDeclaration(p) => self.param_decl(p),
            ParameterPortDeclaration::LocalParameterDeclaration(p) => self.localparam_decl(p),
            other => Err(self
                .cst
                .unsupported(other, "typed parameter port declaration")),
        }
    }

    pub(super) fn param_decl(&mut self, p: &ParameterDeclaration) -> R<()> {
        match p {
            ParameterDeclaration::Param(p) => {
                for pa in p.nodes.2.nodes.0.contents() {
                    self.param_assignment(pa, Some(&p.nodes.1), false)?;
                }
                Ok(())
            }
            ParameterDeclaration::Type(t) => Err(self.cst.unsupported(&**t, "type parameter")),
        }
    }

    pub(super) fn localparam_decl(&mut self, p: &LocalParameterDeclaration) -> R<()> {
        match p {
            LocalParameterDeclaration::Param(p) => {
                for pa in p.nodes.2.nodes.0.contents() {
                    self.param_assignment(pa, Some(&p.nodes.1), true)?;
                }
                Ok(())
            }
            LocalParameterDeclaration::Type(t) => Err(self.cst.unsupported(&**t, "type parameter")),
        }
    }

    pub(super) fn param_assignment(
        &mut self,
        pa: &ParamAssignment,
        ty: Option<&DataTypeOrImplicit>,
        local: bool,
    ) -> R<()> {
        let (id, udims, value) = &pa.nodes;
        let name = self.cst.ident(id).unwrap_or_default();
        let local = local || !self.scope.blocks.is_empty();
        let name = format!("{}{name}", self.scope.prefix());
        if !udims.is_empty() {
            return Err(self.cst.unsupported(pa, "array parameter"));
        }
        let Some((_, cpe)) = value else {
            return Err(self.cst.err(pa, format!("parameter `{name}` has no value")));
        };
        let expr = match cpe {
            ConstantParamExpression::ConstantMintypmaxExpression(e) => match &**e {
                ConstantMintypmaxExpression::Unary(e) => self.expr(RefNode::from(&**e))?,
                other => return Err(self.cst.unsupported(other, "min:typ:max parameter value")),
            },
            other => return Err(self.cst.unsupported(other, "type or `$` parameter value")),
        };
        let mut v = self.const_value(&expr);
        if !local {
            if let Some(given) = self.overrides.get(&name) {
                v = given.clone();
            }
        }
        if let Some(ty) = ty {
            let shape = self.data_type_or_implicit(ty)?;
            let explicit = has_range_or_atom(ty);
            if explicit {
                let w = ((shape.msb - shape.lsb).unsigned_abs() + 1) as u32;
                v = v.signed(shape.signed).resize(w).signed(shape.signed);
            } else if shape.signed {
                v = v.signed(true);
            }
        }
        let idx = self.m.params.len();
        self.m.params.push(Param {
            name: name.clone(),
            value: v,
            local,
            span: self.cst.span(pa),
        });
        self.params.insert(name, idx);
        Ok(())
    }

    pub(super) fn const_value(&self, e: &Expr) -> Tv {
        Evaluator::new(&self.m, &NoSignals).eval(e)
    }

    /// A constant integer (dimension bound, part-select index, replication count).
    pub(super) fn const_int<'b>(&mut self, node: impl Into<RefNode<'b>>, what: &str) -> R<i64> {
        let node: RefNode = node.into();
        let e = self.expr(node.clone())?;
        let v = self.const_value(&e);
        if v.value().is_none() {
            return Err(self
                .cst
                .err(node, format!("{what} must be a constant expression")));
        }
        super::const_step::to_i64(&v, true)
            .ok_or_else(|| self.cst.err(node, format!("{what} is out of range")))
    }

    pub(super) fn data_type_or_implicit(&mut self, t: &DataTypeOrImplicit) -> R<Shape> {
        match t {
            DataTypeOrImplicit::DataType(d) => self.data_type(d),
            DataTypeOrImplicit::ImplicitDataType(i) => {
                let (signing, dims) = &i.nodes;
                let mut s = self.packed(dims, RefNode::from(&**i))?;
                s.signed = matches!(signing, Some(Signing::Signed(_)));
                Ok(s)
            }
        }
    }

    pub(super) fn data_type(&mut self, d: &DataType) -> R<Shape> {
        match d {
            DataType::Vector(v) => {
                let (ty, signing, dims) = &v.nodes;
                let mut s = self.packed(dims, RefNode::from(&**v))?;
                s.signed = matches!(signing, Some(Signing::Signed(_)));
                s.kind = match ty {
                    IntegerVectorType::Reg(_)
                    | IntegerVectorType::Logic(_)
                    | IntegerVectorType::Bit(_) => SignalKind::Var,
                };
                Ok(s)
            }
            DataType::Atom(a) => {
                let (ty, signing) = &a.nodes;
                let (w, signed) = match ty {
                    IntegerAtomType::Byte(_) => (8, true),
                    IntegerAtomType::Shortint(_) => (16, true),
                    IntegerAtomType::Int(_) | IntegerAtomType::Integer(_) => (32, true),
                    IntegerAtomType::Longint(_) => (64, true),
                    IntegerAtomType::Time(_) => (64, false),
                };
                let signed = match signing {
                    Some(Signing::Signed(_)) => true,
                    Some(Signing::Unsigned(_)) => false,
                    None => signed,
                };
                Ok(Shape {
                    msb: w - 1,
                    lsb: 0,
                    signed,
                    kind: SignalKind::Var,
                })
            }
            DataType::NonIntegerType(x) => Err(self.cst.unsupported(&**x, "real-valued data type")),
            DataType::StructUnion(x) => Err(self.cst.unsupported(&**x, "struct/union type")),
            DataType::Enum(x) => Err(self.cst.unsupported(&**x, "enum type")),
            DataType::Type(x) => Err(self.cst.unsupported(&**x, "user-defined (typedef) type")),
            other => Err(self.cst.unsupported(other, "this data type")),
        }
    }

    pub(super) fn packed(&mut self, dims: &[PackedDimension], at: RefNode) -> R<Shape> {
        match dims {
            [] => Ok(Shape::scalar(SignalKind::Net)),
            [PackedDimension::Range(r)] => {
                let cr = &r.nodes.0.nodes.1;
                let msb = self.const_int(&cr.nodes.0, "packed range bound")?;
                let lsb = self.const_int(&cr.nodes.2, "packed range bound")?;
                if (msb - lsb).unsigned_abs() >= Tv::MAX_WIDTH as u64 {
                    return Err(self
                        .cst
                        .err(&**r, format!("vector wider than {} bits", Tv::MAX_WIDTH)));
                }
                Ok(Shape {
                    msb,
                    lsb,
                    signed: false,
                    kind: SignalKind::Net,
                })
            }
            [PackedDimension::UnsizedDimension(u)] => {
                Err(self.cst.unsupported(&**u, "unsized packed dimension"))
            }
            _ => Err(self.cst.unsupported(at, "multi-dimensional packed array")),
        }
    }

    pub(super) fn unpacked(&mut self, dims: &[UnpackedDimension]) -> R<Option<(i64, i64)>> {
        match dims {
            [] => Ok(None),
            [UnpackedDimension::Range(r)] => {
                let cr = &r.nodes.0.nodes.1;
                let a = self.const_int(&cr.nodes.0, "array bound")?;
                let b = self.const_int(&cr.nodes.2, "array bound")?;
                Ok(Some((a, b)))
            }
            [UnpackedDimension::Expression(e)] => {
                let n = self.const_int(&e.nodes.0.nodes.1, "array size")?;
                if n <= 0 {
                    return Err(self.cst.err(&**e, "array size must be positive"));
                }
                Ok(Some((0, n - 1)))
            }
            [_, second, ..] => Err(self
                .cst
                .unsupported(second, "multi-dimensional unpacked array")),
        }
    }

    pub(super) fn variable_dims(&mut self, dims: &[VariableDimension]) -> R<Option<(i64, i64)>> {
        let mut ud = vec![];
        for d in dims {
            match d {
                VariableDimension::UnpackedDimension(u) => ud.push((**u).clone()),
                other => {
                    return Err(self
                        .cst
                        .unsupported(other, "dynamic, associative or queue dimension"))
                }
            }
        }
        self.unpacked(&ud)
    }

    pub(super) fn declare(
        &mut self,
        name: String,
        shape: Shape,
        array: Option<(i64, i64)>,
        direction: Option<Direction>,
        span: Span,
        attrs: Vec<(String, Option<String>)>,
    ) -> R<SignalId> {
        let name = format!("{}{name}", self.scope.prefix());
        if let Some(&id) = self.sigs.get(&name) {
            // Non-ANSI style: `output q; reg [3:0] q;` declares one signal twice.
            let s = &mut self.m.signals[id.0 as usize];
            let merging_port = s.direction.is_some() != direction.is_some();
            if !merging_port {
                let map_span = span;
                return Err(self.err_span(map_span, format!("`{name}` is declared twice")));
            }
            if direction.is_some() {
                s.direction = direction;
            }
            if shape.kind == SignalKind::Var {
                s.kind = SignalKind::Var;
            }
            if (shape.msb, shape.lsb) != (0, 0) {
                s.msb = shape.msb;
                s.lsb = shape.lsb;
            }
            s.signed |= shape.signed;
            if array.is_some() {
                s.array = array;
            }
            s.attributes.extend(attrs);
            return Ok(id);
        }
        if self.params.contains_key(&name) {
            return Err(self.err_span(span, format!("`{name}` is already a parameter")));
        }
        let id = SignalId(self.m.signals.len() as u32);
        self.m.signals.push(Signal {
            name: name.clone(),
            kind: shape.kind,
            msb: shape.msb,
            lsb: shape.lsb,
            signed: shape.signed,
            array,
            direction,
            init: None,
            attributes: attrs,
            span,
        });
        self.sigs.insert(name, id);
        Ok(id)
    }

    pub(super) fn err_span(&self, span: Span, msg: String) -> Diagnostic {
        let cst = self.cst;
        cst.err_at_span(span, msg)
    }

    pub(super) fn ansi_ports(&mut self, ports: &ListOfPortDeclarations) -> R<()> {
        let Some(list) = &ports.nodes.0.nodes.1 else {
            return Ok(());
        };
        let mut prev: Option<(Direction, Shape)> = None;
        for (attrs, decl) in list.contents() {
            let attrs = self.attributes(attrs);
            let span = self.cst.span(decl);
            let mut init = None;
            let (name, dir, shape, array) = match decl {
                AnsiPortDeclaration::Net(n) => {
                    let (header, id, udims, default) = &n.nodes;
                    let (dir, shape) = match header {
                        Some(NetPortHeaderOrInterfacePortHeader::NetPortHeader(h)) => {
                            let (dir, npt) = &h.nodes;
                            let shape = match npt {
                                NetPortType::DataType(d) => {
                                    let (nettype, dt) = &d.nodes;
                                    let mut s = self.data_type_or_implicit(dt)?;
                                    if nettype.is_some() {
                                        s.kind = SignalKind::Net;
                                    }
                                    s
                                }
                                other => {
                                    return Err(self.cst.unsupported(
                                        other,
                                        "net type identifier or interconnect port",
                                    ))
                                }
                            };
                            let dir = match dir {
                                Some(d) => self.direction(d)?,
                                None => prev.map_or(Direction::Inout, |p| p.0),
                            };
                            (dir, shape)
                        }
                        Some(NetPortHeaderOrInterfacePortHeader::InterfacePortHeader(h)) => {
                            return Err(self.cst.unsupported(&**h, "interface port"))
                        }
                        None => match prev {
                            Some(p) => p,
                            None => return Err(self.cst.err(&**n, "first port has no direction")),
                        },
                    };
                    // `output reg x = 0` (Polyphony) is the variable's initial value; a net
                    // port's default (SystemVerilog, for unconnected inputs) is not supported.
                    if let Some((_, d)) = default {
                        if shape.kind == SignalKind::Net || dir != Direction::Output {
                            return Err(self.cst.unsupported(d, "port default value"));
                        }
                        init = Some(self.expr(RefNode::from(d))?);
                    }
                    let array = self.unpacked(udims)?;
                    (self.cst.ident(id).unwrap_or_default(), dir, shape, array)
                }
                AnsiPortDeclaration::Variable(v) => {
                    let (header, id, vdims, default) = &v.nodes;
                    // `output reg x = 0` (Polyphony): the variable's initial value.
                    if let Some((_, d)) = default {
                        init = Some(self.expr(RefNode::from(d))?);
                    }
                    let (dir, shape) = match header {
                        Some(h) => {
                            let (dir, vpt) = &h.nodes;
                            let mut shape = match &vpt.nodes.0 {
                                VarDataType::DataType(d) => self.data_type(d)?,
                                VarDataType::Var(v) => self.data_type_or_implicit(&v.nodes.1)?,
                            };
                            shape.kind = SignalKind::Var;
                            let dir = match dir {
                                Some(d) => self.direction(d)?,
                                None => prev.map_or(Direction::Inout, |p| p.0),
                            };
                            (dir, shape)
                        }
                        None => match prev {
                            Some(p) => p,
                            None => return Err(self.cst.err(&**v, "first port has no direction")),
                        },
                    };
                    let array = self.variable_dims(vdims)?;
                    (self.cst.ident(id).unwrap_or_default(), dir, shape, array)
                }
                AnsiPortDeclaration::Paren(p) => {
                    return Err(self
                        .cst
                        .unsupported(&**p, "explicit port expression `.name(expr)`"))
                }
            };
            prev = Some((dir, shape));
            let id = self.declare(name, shape, array, Some(dir), span, attrs)?;
            self.m.signals[id.0 as usize].init = init;
            self.m.ports.push(id);
        }
        Ok(())
    }

    pub(super) fn direction(&self, d: &PortDirection) -> R<Direction> {
        Ok(match d {
            PortDirection::Input(_) => Direction::Input,
            PortDirection::Output(_) => Direction::Output,
            PortDirection::Inout(_) => Direction::Inout,
            PortDirection::Ref(k) => return Err(self.cst.unsupported(&**k, "ref port")),
        })
    }

    pub(super) fn attributes(&self, attrs: &[AttributeInstance]) -> Vec<(String, Option<String>)> {
        let mut out = vec![];
        for a in attrs {
            for spec in a.nodes.1.contents() {
                let name = self.cst.ident(&spec.nodes.0).unwrap_or_default();
                let value = spec
                    .nodes
                    .1
                    .as_ref()
                    .map(|(_, e)| self.cst.text(e).trim_matches('"').to_string());
                out.push((name, value));
            }
        }
        out
    }

    /// `input [7:0] a, b;` and friends: one declaration per identifier.
    fn net_ports(
        &mut self,
        t: &NetPortType,
        list: &ListOfPortIdentifiers,
        dir: Direction,
        span: Span,
        attrs: &[(String, Option<String>)],
    ) -> R<()> {
        let shape = self.net_port_type(t)?;
        for (id, ud) in list.nodes.0.contents() {
            let arr = self.unpacked(ud)?;
            let name = self.cst.ident(id).unwrap_or_default();
            self.declare(name, shape, arr, Some(dir), span, attrs.to_vec())?;
        }
        Ok(())
    }

    pub(super) fn port_declaration(&mut self, p: &PortDeclaration) -> R<()> {
        let span = self.cst.span(p);
        match p {
            PortDeclaration::Input(i) => {
                let attrs = self.attributes(&i.nodes.0);
                match &i.nodes.1 {
                    InputDeclaration::Net(n) => {
                        self.net_ports(&n.nodes.1, &n.nodes.2, Direction::Input, span, &attrs)?;
                    }
                    InputDeclaration::Variable(v) => {
                        return Err(self.cst.unsupported(&**v, "input variable declaration"))
                    }
                }
            }
            PortDeclaration::Output(o) => {
                let attrs = self.attributes(&o.nodes.0);
                match &o.nodes.1 {
                    OutputDeclaration::Net(n) => {
                        self.net_ports(&n.nodes.1, &n.nodes.2, Direction::Output, span, &attrs)?;
                    }
                    OutputDeclaration::Variable(v) => {
                        let mut shape = match &v.nodes.1.nodes.0 {
                            VarDataType::DataType(d) => self.data_type(d)?,
                            VarDataType::Var(x) => self.data_type_or_implicit(&x.nodes.1)?,
                        };
                        shape.kind = SignalKind::Var;
                        for (id, vd, init) in v.nodes.2.nodes.0.contents() {
                            if let Some((_, e)) = init {
                                return Err(self.cst.unsupported(e, "output port initial value"));
                            }
                            let arr = self.variable_dims(vd)?;
                            let name = self.cst.ident(id).unwrap_or_default();
                            self.declare(
                                name,
                                shape,
                                arr,
                                Some(Direction::Output),
                                span,
                                attrs.clone(),
                            )?;
                        }
                    }
                }
            }
            PortDeclaration::Inout(i) => {
                let attrs = self.attributes(&i.nodes.0);
                let n = &i.nodes.1;
                self.net_ports(&n.nodes.1, &n.nodes.2, Direction::Inout, span, &attrs)?;
            }
            PortDeclaration::Ref(r) => return Err(self.cst.unsupported(&**r, "ref port")),
            PortDeclaration::Interface(x) => {
                return Err(self.cst.unsupported(&**x, "interface port"))
            }
        }
        Ok(())
    }

    pub(super) fn net_port_type(&mut self, t: &NetPortType) -> R<Shape> {
        match t {
            NetPortType::DataType(d) => {
                let (nettype, dt) = &d.nodes;
                let mut s = self.data_type_or_implicit(dt)?;
                if nettype.is_some() || matches!(dt, DataTypeOrImplicit::ImplicitDataType(_)) {
                    s.kind = SignalKind::Net;
                }
                Ok(s)
            }
            other => Err(self
                .cst
                .unsupported(other, "net type identifier or interconnect")),
        }
    }

    pub(super) fn declaration(
        &mut self,
        d: &ModuleOrGenerateItemDeclaration,
        attrs: Vec<(String, Option<String>)>,
    ) -> R<()> {
        let pg = match d {
            ModuleOrGenerateItemDeclaration::PackageOrGenerateItemDeclaration(p) => p,
            // Genvars get their values from the generate loops that use them.
            ModuleOrGenerateItemDeclaration::GenvarDeclaration(_) => return Ok(()),
            other => {
                return Err(self
                    .cst
                    .unsupported(other, "clocking block or default disable"))
            }
        };
        let span = self.cst.span(&**pg);
        match &**pg {
            PackageOrGenerateItemDeclaration::NetDeclaration(n) => match &**n {
                NetDeclaration::NetType(n) => {
                    let (_, strength, _, dt, delay, list, _) = &n.nodes;
                    if let Some(s) = strength {
                        return Err(self.cst.unsupported(s, "drive/charge strength"));
                    }
                    if let Some(dl) = delay {
                        return Err(self.cst.unsupported(dl, "net delay"));
                    }
                    let mut shape = self.data_type_or_implicit(dt)?;
                    shape.kind = SignalKind::Net;
                    for nda in list.nodes.0.contents() {
                        let (id, ud, _init) = &nda.nodes;
                        let arr = self.unpacked(ud)?;
                        let name = self.cst.ident(id).unwrap_or_default();
                        self.declare(name, shape, arr, None, span, attrs.clone())?;
                    }
                    Ok(())
                }
                other => Err(self
                    .cst
                    .unsupported(other, "user-defined net type or interconnect")),
            },
            PackageOrGenerateItemDeclaration::DataDeclaration(dd) => {
                self.data_declaration(dd, span, attrs)
            }
            PackageOrGenerateItemDeclaration::ParameterDeclaration(p) => self.param_decl(&p.0),
            PackageOrGenerateItemDeclaration::LocalParameterDeclaration(p) => {
                self.localparam_decl(&p.0)
            }
            PackageOrGenerateItemDeclaration::FunctionDeclaration(f) => self.function_header(f),
            PackageOrGenerateItemDeclaration::TaskDeclaration(t) => {
                Err(self.cst.unsupported(&**t, "task declaration"))
            }
            other => Err(self.cst.unsupported(
                RefNode::from(other),
                &format!("declaration `{}`", node_kind(&RefNode::from(other))),
            )),
        }
    }

    /// `reg [7:0] x = 0, y;`: variables (module level, or local to a named block).
    pub(super) fn data_declaration(
        &mut self,
        dd: &DataDeclaration,
        span: Span,
        attrs: Vec<(String, Option<String>)>,
    ) -> R<()> {
        match dd {
            DataDeclaration::Variable(v) => {
                let (konst, _, _, dt, list, _) = &v.nodes;
                if let Some(c) = konst {
                    return Err(self.cst.unsupported(c, "const variable"));
                }
                let mut shape = self.data_type_or_implicit(dt)?;
                shape.kind = SignalKind::Var;
                for vda in list.nodes.0.contents() {
                    let VariableDeclAssignment::Variable(v) = vda else {
                        return Err(self
                            .cst
                            .unsupported(vda, "dynamic array or class declaration"));
                    };
                    let (id, vd, init) = &v.nodes;
                    let arr = self.variable_dims(vd)?;
                    let name = self.cst.ident(id).unwrap_or_default();
                    let sid = self.declare(name, shape, arr, None, span, attrs.clone())?;
                    if let Some((_, e)) = init {
                        let e = self.expr(RefNode::from(e))?;
                        self.m.signals[sid.0 as usize].init = Some(e);
                    }
                }
                Ok(())
            }
            DataDeclaration::TypeDeclaration(t) => Err(self.cst.unsupported(&**t, "typedef")),
            DataDeclaration::PackageImportDeclaration(p) => {
                Err(self.cst.unsupported(&**p, "package import"))
            }
            DataDeclaration::NetTypeDeclaration(n) => {
                Err(self.cst.unsupported(&**n, "nettype declaration"))
            }
        }
    }
}

fn has_range_or_atom(t: &DataTypeOrImplicit) -> bool {
    match t {
        DataTypeOrImplicit::ImplicitDataType(i) => !i.nodes.1.is_empty(),
        DataTypeOrImplicit::DataType(_) => true,
    }
}
