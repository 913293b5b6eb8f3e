//! Lowering of module declarations: parameters, ports, declarations, items.

use super::cst::Cst;
use crate::diag::Diagnostic;
use crate::ir::{
    ContAssign, Design, Direction, Instance, Module, Process, ProcessKind, SignalId, SignalKind,
    SourceMap, Span, Stmt,
};
use std::collections::HashMap;
use std::sync::Mutex;
use sv_parser::*;

type R<T> = Result<T, Diagnostic>;

/// Parameter values given by an instance, by parameter name (a specialisation of a module).
pub type Overrides = HashMap<String, crate::ir::Tv>;

/// A file's modules, and those that could not be lowered (name, reason).
pub type Lowered = (Vec<Module>, Vec<(String, Diagnostic)>);

/// Modules of a file, and the modules that could not be lowered (by name, with the reason):
/// HLS libraries ship primitives a design never instantiates (Calyx's `std_mem_d2` uses
/// multi-dimensional arrays), so a module is refused only when it is used.
pub fn lower_file(tree: &SyntaxTree, sources: &Mutex<SourceMap>) -> R<Lowered> {
    let mut failed = vec![];
    let modules = lower_modules(tree, sources, Some(&mut failed))?;
    Ok((modules, failed))
}

/// The module declarations of one file, found once: every specialisation of a module lowers it
/// again, and walking the whole syntax tree to find it each time (with the `translate_off`
/// regions of the file, cached in the `Cst`) made lowering quadratic in the instances of a
/// file (Bambu: 55 s for a 14k-line file of parameterised library modules).
pub struct FileModules<'a> {
    cst: Cst<'a>,
    /// Each module declaration with its name and the `default_nettype none` state before it.
    decls: Vec<(Option<String>, &'a ModuleDeclaration, bool)>,
}

impl<'a> FileModules<'a> {
    pub fn new(tree: &'a SyntaxTree, sources: &'a Mutex<SourceMap>) -> Self {
        let cst = Cst::new(tree, sources);
        let mut decls = vec![];
        let mut nettype_none = false;
        for node in tree {
            match node {
                RefNode::DefaultNettypeCompilerDirective(d) => {
                    nettype_none = cst.text(d).contains("none");
                }
                RefNode::Description(Description::ModuleDeclaration(md)) => {
                    let name = match &**md {
                        ModuleDeclaration::Ansi(m) => cst.ident(&m.nodes.0.nodes.3),
                        ModuleDeclaration::Nonansi(m) => cst.ident(&m.nodes.0.nodes.3),
                        _ => None,
                    };
                    decls.push((name, &**md, nettype_none));
                }
                _ => {}
            }
        }
        FileModules { cst, decls }
    }

    /// Lower module `name` of this file again with the parameter values of an instance.
    pub fn lower_specialised(&self, name: &str, overrides: &Overrides) -> R<Option<Module>> {
        for (n, md, nettype_none) in &self.decls {
            if n.as_deref() != Some(name) {
                continue;
            }
            let lower = ModLower::new(&self.cst, overrides, *nettype_none);
            return match md {
                ModuleDeclaration::Ansi(m) => lower.ansi(m).map(Some),
                ModuleDeclaration::Nonansi(m) => lower.nonansi(m).map(Some),
                _ => Ok(None),
            };
        }
        Ok(None)
    }
}

/// A lowered module, or its error: kept for later when refusals are collected (`failed`).
fn keep(
    out: &mut Vec<Module>,
    failed: Option<&mut Vec<(String, Diagnostic)>>,
    name: Option<String>,
    r: R<Module>,
) -> R<()> {
    match (r, failed) {
        (Ok(x), _) => out.push(x),
        (Err(e), Some(f)) => f.push((name.unwrap_or_default(), e)),
        (Err(e), None) => return Err(e),
    }
    Ok(())
}

fn lower_modules(
    tree: &SyntaxTree,
    sources: &Mutex<SourceMap>,
    mut failed: Option<&mut Vec<(String, Diagnostic)>>,
) -> R<Vec<Module>> {
    let cst = Cst::new(tree, sources);
    let mut out = vec![];
    let overrides = &Overrides::new();
    let mut nettype_none = false;
    for node in tree {
        if let RefNode::DefaultNettypeCompilerDirective(d) = &node {
            nettype_none = cst.text(*d).contains("none");
            continue;
        }
        let RefNode::Description(d) = node else {
            continue;
        };
        match d {
            Description::ModuleDeclaration(md) => match &**md {
                ModuleDeclaration::Ansi(m) => {
                    let name = cst.ident(&m.nodes.0.nodes.3);
                    let r = ModLower::new(&cst, overrides, nettype_none).ansi(m);
                    keep(&mut out, failed.as_deref_mut(), name, r)?;
                }
                ModuleDeclaration::Nonansi(m) => {
                    let name = cst.ident(&m.nodes.0.nodes.3);
                    let r = ModLower::new(&cst, overrides, nettype_none).nonansi(m);
                    keep(&mut out, failed.as_deref_mut(), name, r)?;
                }
                other => {
                    return Err(cst.unsupported(
                        RefNode::from(other),
                        "wildcard or extern module declaration",
                    ))
                }
            },
            Description::ResetallCompilerDirective(_) => {}
            Description::UdpDeclaration(x) => {
                return Err(cst.unsupported(&**x, "user-defined primitive (UDP)"))
            }
            Description::InterfaceDeclaration(x) => {
                return Err(cst.unsupported(&**x, "interface declaration"))
            }
            Description::InterfaceClassDeclaration(x) => {
                return Err(cst.unsupported(&**x, "interface class"))
            }
            Description::ProgramDeclaration(x) => {
                return Err(cst.unsupported(&**x, "program declaration"))
            }
            Description::PackageDeclaration(x) => {
                return Err(cst.unsupported(&**x, "package declaration"))
            }
            Description::PackageItem(x) => {
                return Err(cst.unsupported(&**x, "declaration outside a module"))
            }
            Description::BindDirective(x) => return Err(cst.unsupported(&**x, "bind directive")),
            Description::ConfigDeclaration(x) => {
                return Err(cst.unsupported(&**x, "config declaration"))
            }
        }
    }
    Ok(out)
}

/// Port/declaration shape: packed range, signedness, net or variable.
#[derive(Clone, Copy, Debug)]
pub(super) struct Shape {
    pub msb: i64,
    pub lsb: i64,
    pub signed: bool,
    pub kind: SignalKind,
}

impl Shape {
    pub(super) fn scalar(kind: SignalKind) -> Shape {
        Shape {
            msb: 0,
            lsb: 0,
            signed: false,
            kind,
        }
    }
}

pub(super) struct ModLower<'c, 'a> {
    pub cst: &'c Cst<'a>,
    pub m: Module,
    pub params: HashMap<String, usize>,
    pub sigs: HashMap<String, SignalId>,
    pub funcs: HashMap<String, usize>,
    /// Names local to the function body being lowered (inputs, locals): not module signals.
    pub function_scope: Option<HashMap<String, SignalId>>,
    /// Parameter values given by the instance this module is lowered for.
    pub overrides: &'c Overrides,
    /// Where names are declared and looked up: the generate blocks around the item being
    /// lowered, and constants bound by generate loops and unrolled procedural loops.
    pub scope: super::scope::Scope,
    /// `default_nettype none` in force: undeclared identifiers are errors, never implicit nets.
    pub no_implicit_nets: bool,
    /// Function declarations of this module, by name, for constant calls (built on first use).
    pub function_nodes: Option<HashMap<String, &'a FunctionDeclaration>>,
    /// Nesting of constant function calls being evaluated.
    pub const_depth: usize,
    /// `defparam` assignments: instance, parameter, value, where.
    pub defparams: Vec<(String, String, crate::ir::Tv, Span)>,
    /// Names of the named procedural blocks around the statement being lowered (`disable`).
    pub named_blocks: Vec<String>,
}

impl<'c, 'a> ModLower<'c, 'a> {
    pub(super) fn new(cst: &'c Cst<'a>, overrides: &'c Overrides, nettype_none: bool) -> Self {
        ModLower {
            cst,
            overrides,
            m: Module::empty(""),
            params: HashMap::new(),
            sigs: HashMap::new(),
            funcs: HashMap::new(),
            function_scope: None,
            scope: super::scope::Scope::default(),
            no_implicit_nets: nettype_none,
            function_nodes: None,
            const_depth: 0,
            defparams: vec![],
            named_blocks: vec![],
        }
    }

    pub(super) fn ansi(mut self, md: &ModuleDeclarationAnsi) -> R<Module> {
        let (header, _, items, _, _) = &md.nodes;
        self.m.name = self.cst.ident(&header.nodes.3).unwrap_or_default();
        self.m.span = self.cst.span(md);
        self.m.header_span = self.cst.span(header);
        self.m.ports_span = header.nodes.6.as_ref().map(|p| self.cst.span(p));
        if let Some(pl) = &header.nodes.5 {
            self.parameter_port_list(pl)?;
        }
        if let Some(ports) = &header.nodes.6 {
            self.ansi_ports(ports)?;
        }
        let items: Vec<RefNode> = items.iter().map(RefNode::from).collect();
        self.items(&items)?;
        Ok(self.m)
    }

    pub(super) fn nonansi(mut self, md: &ModuleDeclarationNonansi) -> R<Module> {
        let (header, _, items, _, _) = &md.nodes;
        self.m.name = self.cst.ident(&header.nodes.3).unwrap_or_default();
        self.m.span = self.cst.span(md);
        self.m.header_span = self.cst.span(header);
        self.m.ports_span = Some(self.cst.span(&header.nodes.6));
        self.m.ansi = false;
        if let Some(pl) = &header.nodes.5 {
            self.parameter_port_list(pl)?;
        }
        // Port order from the header; declarations come later in the body.
        let mut order = vec![];
        for port in header.nodes.6.nodes.0.nodes.1.contents() {
            match port {
                Port::NonNamed(p) => {
                    if let Some(PortExpression::PortReference(r)) = &p.nodes.0 {
                        order.push((
                            self.cst.ident(&r.nodes.0).unwrap_or_default(),
                            RefNode::from(&**r),
                        ));
                    } else if let Some(pe) = &p.nodes.0 {
                        return Err(self
                            .cst
                            .unsupported(pe, "concatenated port expression in port list"));
                    }
                }
                Port::Named(p) => {
                    return Err(self
                        .cst
                        .unsupported(&**p, "named port expression `.name(...)` in port list"))
                }
            }
        }
        let items: Vec<RefNode> = items.iter().map(RefNode::from).collect();
        self.items(&items)?;
        for (name, node) in order {
            match self.sigs.get(&name) {
                Some(id) if self.m.signal(*id).direction.is_some() => self.m.ports.push(*id),
                _ => {
                    return Err(self.cst.err(
                        node,
                        format!("port `{name}` has no input/output declaration"),
                    ))
                }
            }
        }
        Ok(self.m)
    }

    // ---------------------------------------------------------------- parameters

    // ---------------------------------------------------------------- types

    // ---------------------------------------------------------------- signals

    // ---------------------------------------------------------------- items

    /// Declarations first (so processes may refer to signals declared later, as HLS tools
    /// write them), then generate constructs are elaborated (their conditions may use any
    /// parameter), then behaviour, each item in its generate scope.
    pub(super) fn items(&mut self, items: &[RefNode]) -> R<()> {
        let live = self.hardware_items(items);
        for item in &live {
            self.declarations(item.clone())?;
        }
        let mut root = super::scope::Scope::default();
        let mut scoped = vec![];
        for item in &live {
            self.expand(item.clone(), &mut root, &mut scoped)?;
        }
        for (item, scope) in scoped {
            self.scope = scope;
            self.behaviour(item)?;
        }
        self.scope = super::scope::Scope::default();
        self.apply_defparams()
    }

    /// Items outside `translate_off` regions (which are recorded in `Module::sim_only`).
    pub(super) fn hardware_items<'n>(&mut self, items: &[RefNode<'n>]) -> Vec<RefNode<'n>> {
        let mut live = vec![];
        for item in items {
            let span = self.cst.span(item.clone());
            let region = self
                .cst
                .sim_only_region(span)
                .or_else(|| self.cst.sim_only_included(item.clone()));
            if let Some(region) = region {
                if region != Span::default() && !self.m.sim_only.contains(&region) {
                    self.m.sim_only.push(region);
                }
                continue;
            }
            live.push(item.clone());
        }
        live
    }

    pub(super) fn declarations(&mut self, item: RefNode) -> R<()> {
        match item {
            RefNode::ModuleItem(ModuleItem::PortDeclaration(p)) => self.port_declaration(&p.0),
            RefNode::ModuleItem(ModuleItem::NonPortModuleItem(n)) => {
                self.declarations(RefNode::from(&**n))
            }
            RefNode::NonPortModuleItem(NonPortModuleItem::ModuleOrGenerateItem(g)) => {
                self.declarations(RefNode::from(&**g))
            }
            RefNode::GenerateItem(GenerateItem::ModuleOrGenerateItem(g)) => {
                self.declarations(RefNode::from(&**g))
            }
            RefNode::ModuleOrGenerateItem(ModuleOrGenerateItem::ModuleItem(mi)) => {
                let (attrs, common) = &mi.nodes;
                match common {
                    ModuleCommonItem::ModuleOrGenerateItemDeclaration(d) => {
                        let attrs = self.attributes(attrs);
                        self.declaration(d, attrs)
                    }
                    _ => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    pub(super) fn behaviour(&mut self, item: RefNode) -> R<()> {
        match item {
            RefNode::ModuleItem(ModuleItem::PortDeclaration(_)) => Ok(()),
            RefNode::ModuleItem(ModuleItem::NonPortModuleItem(n)) => {
                self.behaviour(RefNode::from(&**n))
            }
            RefNode::GenerateItem(GenerateItem::ModuleOrGenerateItem(g)) => {
                self.behaviour(RefNode::from(&**g))
            }
            RefNode::ModuleOrGenerateItem(g) => match g {
                ModuleOrGenerateItem::ModuleItem(mi) => self.common_item(&mi.nodes.1),
                ModuleOrGenerateItem::Module(mi) => self.instance(&mi.nodes.1),
                ModuleOrGenerateItem::Parameter(p) => self.defparam(&p.nodes.1),
                ModuleOrGenerateItem::Gate(x) => self.gate(&x.nodes.1),
                ModuleOrGenerateItem::Udp(x) => {
                    Err(self.cst.unsupported(&**x, "UDP instantiation"))
                }
            },
            RefNode::NonPortModuleItem(n) => match n {
                NonPortModuleItem::ModuleOrGenerateItem(g) => self.behaviour(RefNode::from(&**g)),
                NonPortModuleItem::GenerateRegion(x) => {
                    Err(self.cst.unsupported(&**x, "generate region"))
                }
                NonPortModuleItem::SpecifyBlock(x) => {
                    Err(self.cst.unsupported(&**x, "specify block"))
                }
                NonPortModuleItem::Specparam(x) => Err(self.cst.unsupported(&**x, "specparam")),
                NonPortModuleItem::TimeunitsDeclaration(_) => Ok(()),
                other => Err(self
                    .cst
                    .unsupported(other, "nested module, interface or program declaration")),
            },
            _ => Ok(()),
        }
    }

    pub(super) fn common_item(&mut self, c: &ModuleCommonItem) -> R<()> {
        match c {
            ModuleCommonItem::ModuleOrGenerateItemDeclaration(d) => {
                // Net declaration assignments (`wire x = a & b;`) are continuous assigns.
                if let ModuleOrGenerateItemDeclaration::PackageOrGenerateItemDeclaration(p) = &**d {
                    match &**p {
                        PackageOrGenerateItemDeclaration::NetDeclaration(n) => {
                            if let NetDeclaration::NetType(n) = &**n {
                                for nda in n.nodes.5.nodes.0.contents() {
                                    let (id, _, init) = &nda.nodes;
                                    if let Some((_, e)) = init {
                                        let name = self.cst.ident(id).unwrap_or_default();
                                        let Some(sid) = self.lookup_sig(&name) else {
                                            return Err(self.undeclared(&name, RefNode::from(nda)));
                                        };
                                        let rhs = self.expr(RefNode::from(e))?;
                                        self.m.assigns.push(ContAssign {
                                            lhs: crate::ir::LValue::Whole(sid),
                                            rhs,
                                            span: self.cst.span(nda),
                                            rhs_span: self.cst.span(e),
                                        });
                                    }
                                }
                            }
                        }
                        PackageOrGenerateItemDeclaration::FunctionDeclaration(f) => {
                            self.function_body(f)?
                        }
                        _ => {}
                    }
                }
                Ok(())
            }
            ModuleCommonItem::ContinuousAssign(ca) => self.continuous_assign(ca),
            ModuleCommonItem::AlwaysConstruct(a) => {
                let p = self.always(a)?;
                self.m.processes.push(p);
                Ok(())
            }
            ModuleCommonItem::InitialConstruct(i) => {
                // Recorded, never executed: HLS tools put simulation-only set-up here. Only
                // `$readmemh/b` matters: it says where a memory's power-on content comes from.
                self.mem_inits(RefNode::from(&**i));
                self.m.processes.push(Process {
                    kind: ProcessKind::Initial,
                    body: Stmt::Nop,
                    span: self.cst.span(&**i),
                    body_span: self.cst.span(&**i),
                    genvars: vec![],
                });
                Ok(())
            }
            // Assertions, final blocks and elaboration tasks do not describe hardware state.
            ModuleCommonItem::AssertionItem(_)
            | ModuleCommonItem::FinalConstruct(_)
            | ModuleCommonItem::ElaborationSystemTask(_) => Ok(()),
            ModuleCommonItem::LoopGenerateConstruct(x) => {
                Err(self.cst.unsupported(&**x, "generate for loop"))
            }
            ModuleCommonItem::ConditionalGenerateConstruct(x) => {
                Err(self.cst.unsupported(&**x, "generate if/case"))
            }
            ModuleCommonItem::InterfaceInstantiation(x) => {
                Err(self.cst.unsupported(&**x, "interface instantiation"))
            }
            ModuleCommonItem::ProgramInstantiation(x) => {
                Err(self.cst.unsupported(&**x, "program instantiation"))
            }
            ModuleCommonItem::BindDirective(x) => Err(self.cst.unsupported(&**x, "bind directive")),
            ModuleCommonItem::NetAlias(x) => Err(self.cst.unsupported(&**x, "net alias")),
        }
    }

    pub(super) fn continuous_assign(&mut self, ca: &ContinuousAssign) -> R<()> {
        match ca {
            ContinuousAssign::Net(n) => {
                let (_, strength, delay, list, _) = &n.nodes;
                if let Some(s) = strength {
                    return Err(self.cst.unsupported(s, "drive strength on assign"));
                }
                if let Some(d) = delay {
                    return Err(self.cst.unsupported(d, "delay on continuous assign"));
                }
                for na in list.nodes.0.contents() {
                    let (lv, _, e) = &na.nodes;
                    // `assign x = ...` to an undeclared `x` declares an implicit net.
                    self.implicit_net(RefNode::from(lv));
                    let lhs = self.net_lvalue(lv)?;
                    let rhs = self.expr(RefNode::from(e))?;
                    self.m.assigns.push(ContAssign {
                        lhs,
                        rhs,
                        span: self.cst.span(na),
                        rhs_span: self.cst.span(e),
                    });
                }
                Ok(())
            }
            ContinuousAssign::Variable(v) => {
                let (_, delay, list, _) = &v.nodes;
                if let Some(d) = delay {
                    return Err(self.cst.unsupported(d, "delay on continuous assign"));
                }
                for va in list.nodes.0.contents() {
                    let (lv, _, e) = &va.nodes;
                    let lhs = self.variable_lvalue(lv)?;
                    let rhs = self.expr(RefNode::from(e))?;
                    self.m.assigns.push(ContAssign {
                        lhs,
                        rhs,
                        span: self.cst.span(va),
                        rhs_span: self.cst.span(e),
                    });
                }
                Ok(())
            }
        }
    }

    pub(super) fn instance(&mut self, mi: &ModuleInstantiation) -> R<()> {
        let (module, params, list, _) = &mi.nodes;
        let module = self.cst.ident(module).unwrap_or_default();
        let params = match params {
            Some(p) => self.instance_params(p)?,
            None => vec![],
        };
        for hi in list.contents() {
            let (noi, conns) = &hi.nodes;
            if !noi.nodes.1.is_empty() {
                return Err(self.cst.unsupported(noi, "array of instances"));
            }
            let name = format!(
                "{}{}",
                self.scope.prefix(),
                self.cst.ident(noi).unwrap_or_default()
            );
            let mut connections = vec![];
            if let Some(lpc) = &conns.nodes.1 {
                match lpc {
                    ListOfPortConnections::Ordered(o) => {
                        for opc in o.nodes.0.contents() {
                            let expr = match &opc.nodes.1 {
                                Some(e) => Some(self.connection_expr(e)?),
                                None => None,
                            };
                            connections.push(crate::ir::Connection {
                                port: None,
                                expr,
                                direction: None,
                            });
                        }
                    }
                    ListOfPortConnections::Named(n) => {
                        for npc in n.nodes.0.contents() {
                            match npc {
                                NamedPortConnection::Identifier(c) => {
                                    let (_, _, port, paren) = &c.nodes;
                                    let port = self.cst.ident(port).unwrap_or_default();
                                    let expr = match paren {
                                        Some(p) => match &p.nodes.1 {
                                            Some(e) => Some(self.connection_expr(e)?),
                                            None => None,
                                        },
                                        // `.name` connects the same-named signal.
                                        None => Some(self.name_ref(&port, RefNode::from(&**c))?),
                                    };
                                    connections.push(crate::ir::Connection {
                                        port: Some(port),
                                        expr,
                                        direction: None,
                                    });
                                }
                                NamedPortConnection::Asterisk(a) => {
                                    return Err(self.cst.unsupported(&**a, "`.*` port connection"))
                                }
                            }
                        }
                    }
                }
            }
            self.m.instances.push(Instance {
                module: module.clone(),
                name,
                params: params.clone(),
                overrides: vec![],
                connections,
                span: self.cst.span(mi),
            });
        }
        Ok(())
    }

    /// `$readmemh("f", mem ...)` / `$readmemb` calls under `node` (an initial block).
    fn mem_inits(&mut self, node: RefNode) {
        for n in node {
            let RefNode::SystemTfCall(SystemTfCall::ArgExpression(x)) = n else {
                continue;
            };
            let name = self.cst.text(&x.nodes.0);
            if name != "$readmemh" && name != "$readmemb" {
                continue;
            }
            let args: Vec<&Expression> = x
                .nodes
                .1
                .nodes
                .1
                 .0
                .contents()
                .into_iter()
                .flatten()
                .collect();
            let [file, mem, ..] = args.as_slice() else {
                continue;
            };
            let Ok(f) = self.expr(RefNode::from(*file)) else {
                continue;
            };
            let Some(file) = super::lower_expr::string_of(&self.const_value(&f)) else {
                continue;
            };
            let Some(mem) = self.lookup_sig(&self.cst.text(*mem)) else {
                continue;
            };
            let span = self.cst.span(&**x);
            let found = self.cst.with_sources(|m| {
                let base = m
                    .file(span.file)
                    .and_then(|f| f.path.parent().map(|p| p.to_path_buf()));
                let p = std::path::Path::new(&file);
                p.is_file() || base.is_some_and(|b| b.join(p).is_file())
            });
            self.m.mem_inits.push(crate::ir::MemInit {
                mem,
                file,
                hex: name == "$readmemh",
                found,
                span,
            });
        }
    }

    /// A port connection's expression. An undeclared plain identifier is an implicit 1-bit
    /// net (LegUp's `top` connects `.clk2x(clk2x)` without declaring it), unless
    /// `` `default_nettype none `` is in force.
    fn connection_expr(&mut self, e: &Expression) -> R<crate::ir::Expr> {
        self.implicit_net(RefNode::from(e));
        self.expr(RefNode::from(e))
    }

    /// Declare `n` as an implicit scalar net if it is an undeclared plain identifier.
    pub(super) fn implicit_net(&mut self, n: RefNode) {
        if self.no_implicit_nets {
            return;
        }
        let text = self.cst.text(n.clone());
        if !super::const_step::is_plain_identifier(&text)
            || self.lookup_sig(&text).is_some()
            || self.lookup_param(&text).is_some()
            || self.scope.constant(&text).is_some()
            || self.funcs.contains_key(&text)
        {
            return;
        }
        let span = self.cst.span(n);
        let attrs = vec![("idet_implicit_net".to_string(), None)];
        let _ = self.declare(
            text,
            Shape::scalar(SignalKind::Net),
            None,
            None,
            span,
            attrs,
        );
    }

    /// `#(...)` of an instance: each value evaluated here, in the instantiating module's scope.
    fn instance_params(
        &mut self,
        pva: &ParameterValueAssignment,
    ) -> R<Vec<(Option<String>, crate::ir::Tv)>> {
        let mut out = vec![];
        let Some(list) = &pva.nodes.1.nodes.1 else {
            return Ok(out);
        };
        let value = |this: &mut Self, pe: &ParamExpression| -> R<crate::ir::Tv> {
            match pe {
                ParamExpression::MintypmaxExpression(e) => {
                    let e = this.expr(RefNode::from(&**e))?;
                    Ok(this.const_value(&e))
                }
                other => Err(this
                    .cst
                    .unsupported(other, "type or `$` as an instance parameter value")),
            }
        };
        match list {
            ListOfParameterAssignments::Ordered(o) => {
                for opa in o.nodes.0.contents() {
                    out.push((None, value(self, &opa.nodes.0)?));
                }
            }
            ListOfParameterAssignments::Named(n) => {
                for npa in n.nodes.0.contents() {
                    let name = self.cst.ident(&npa.nodes.1).unwrap_or_default();
                    if let Some(pe) = &npa.nodes.2.nodes.1 {
                        out.push((Some(name), value(self, pe)?));
                    }
                }
            }
        }
        Ok(out)
    }

    // ---------------------------------------------------------------- functions
}

impl Cst<'_> {
    pub fn err_at_span(&self, span: Span, msg: String) -> Diagnostic {
        self.with_sources(|m| Diagnostic::at(m, span, msg))
    }
}

/// Fill in instance connection directions from the instantiated modules' port lists.
pub fn resolve_instance_directions(d: &mut Design) {
    let ports: HashMap<String, Vec<(String, Direction)>> = d
        .modules
        .iter()
        .map(|m| {
            let p = m
                .ports
                .iter()
                .map(|id| {
                    let s = m.signal(*id);
                    (s.name.clone(), s.direction.unwrap_or(Direction::Inout))
                })
                .collect();
            (m.name.clone(), p)
        })
        .collect();
    let all = d
        .modules
        .iter_mut()
        .chain(d.specialised.iter_mut().map(|s| &mut s.module));
    for m in all {
        for inst in &mut m.instances {
            let Some(p) = ports.get(&inst.module) else {
                continue;
            };
            for (i, c) in inst.connections.iter_mut().enumerate() {
                c.direction = match &c.port {
                    Some(name) => p.iter().find(|(n, _)| n == name).map(|x| x.1),
                    None => p.get(i).map(|x| x.1),
                };
            }
        }
    }
}
