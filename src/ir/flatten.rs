//! Elaboration by flattening: a module with its whole instance tree inlined into one `Module`,
//! so that every analysis sees the registers and memories of leaf modules (RAMs, `std_reg`,
//! `register_STD`, sub-function FSMs) as state of the top.
//!
//! Layout of a flattened module: the top's own signals, processes, assigns and functions keep
//! their indices (so spans and indices of the top stay valid for the splice); each inlined
//! instance appends its signals (named `path.signal`, ports turned into internal nets), its
//! processes, one assign per port connection and its own assigns. `Module::inlined` records
//! where each instance landed. Instances of modules not given are kept as instances.

use super::{
    ContAssign, Design, Direction, Expr, Function, Instance, LValue, Module, SignalId, Span, Stmt,
};
use std::ops::Range;

/// Instance nesting deeper than this is refused (recursive instantiation).
const MAX_DEPTH: usize = 64;

/// Where one inlined instance sits in the flattened module.
#[derive(Clone, Debug)]
pub struct Inlined {
    /// Hierarchical instance name below the top, `u_core.u_ram`.
    pub path: String,
    /// Definition name (every specialisation of a module shares it).
    pub module: String,
    /// The parameter values it was elaborated with.
    pub overrides: Vec<(String, super::Tv)>,
    /// The enclosing inlined instance (`None`: instantiated by the top itself).
    pub parent: Option<usize>,
    /// Index of the instance statement in the enclosing module's `instances`.
    pub instance: usize,
    pub span: Span,
    /// Flat ids of its signals: local id `k` is flat id `signals.start + k`.
    pub signals: Range<u32>,
    pub processes: Range<usize>,
    /// Port-connection assigns, then the module's own assigns.
    pub assigns: Range<usize>,
}

impl Inlined {
    pub fn flat_id(&self, local: SignalId) -> SignalId {
        SignalId(self.signals.start + local.0)
    }
}

/// The flattened view of `top` (`Design::elaborated` asks only for modules that instantiate a
/// module of the design).
pub fn flatten(design: &Design, top: &Module) -> Result<Module, (Span, String)> {
    let mut flat = top.clone();
    flat.instances.clear();
    let mut inlined = vec![];
    let identity: Vec<SignalId> = top.signal_ids().collect();
    let funcs: Vec<usize> = (0..top.functions.len()).collect();
    inline_children(
        design,
        top,
        "",
        None,
        &identity,
        &funcs,
        &mut flat,
        &mut inlined,
        0,
    )?;
    flat.inlined = inlined;
    Ok(flat)
}

#[allow(clippy::too_many_arguments)]
fn inline_children(
    design: &Design,
    m: &Module,
    prefix: &str,
    parent: Option<usize>,
    ids: &[SignalId],
    funcs: &[usize],
    flat: &mut Module,
    inlined: &mut Vec<Inlined>,
    depth: usize,
) -> Result<(), (Span, String)> {
    for (k, inst) in m.instances.iter().enumerate() {
        let Some(child) = design.instantiated(inst) else {
            // Not given: kept as an instance (the analysis refuses it by name).
            let mut kept = inst.clone();
            for c in &mut kept.connections {
                if let Some(e) = &mut c.expr {
                    remap_expr(e, ids, funcs);
                }
            }
            flat.instances.push(kept);
            continue;
        };
        if depth >= MAX_DEPTH {
            return Err((
                inst.span,
                format!("instances nested more than {MAX_DEPTH} deep (recursive instantiation?)"),
            ));
        }
        let path = format!("{prefix}{}", inst.name);
        let base = flat.signals.len() as u32;
        let cids: Vec<SignalId> = child.signal_ids().map(|l| SignalId(base + l.0)).collect();
        let fbase = flat.functions.len();
        let cfuncs: Vec<usize> = (0..child.functions.len()).map(|i| fbase + i).collect();
        for s in &child.signals {
            let mut s = s.clone();
            s.name = format!("{path}.{}", s.name);
            s.direction = None;
            if let Some(e) = &mut s.init {
                remap_expr(e, &cids, &cfuncs);
            }
            flat.signals.push(s);
        }
        for f in &child.functions {
            flat.functions.push(Function {
                name: format!("{path}.{}", f.name),
                reads: f.reads.iter().map(|r| cids[r.0 as usize]).collect(),
                ..f.clone()
            });
        }
        let p0 = flat.processes.len();
        for p in &child.processes {
            let mut p = p.clone();
            remap_stmt(&mut p.body, &cids, &cfuncs);
            if let super::ProcessKind::Clocked { events } = &mut p.kind {
                for (_, s) in events {
                    *s = cids[s.0 as usize];
                }
            }
            flat.processes.push(p);
        }
        let a0 = flat.assigns.len();
        connect(inst, child, ids, funcs, &cids, flat)?;
        for a in &child.assigns {
            let mut a = a.clone();
            remap_lvalue(&mut a.lhs, &cids, &cfuncs);
            remap_expr(&mut a.rhs, &cids, &cfuncs);
            flat.assigns.push(a);
        }
        let me = inlined.len();
        inlined.push(Inlined {
            path: path.clone(),
            module: inst.module.clone(),
            overrides: inst.overrides.clone(),
            parent,
            instance: k,
            span: inst.span,
            signals: base..flat.signals.len() as u32,
            processes: p0..flat.processes.len(),
            assigns: a0..flat.assigns.len(),
        });
        flat.sim_only.extend(child.sim_only.iter().copied());
        flat.mem_inits
            .extend(child.mem_inits.iter().map(|i| super::MemInit {
                mem: cids[i.mem.0 as usize],
                ..i.clone()
            }));
        inline_children(
            design,
            child,
            &format!("{path}."),
            Some(me),
            &cids,
            &cfuncs,
            flat,
            inlined,
            depth + 1,
        )?;
    }
    Ok(())
}

/// One continuous assign per connected port: `child.in = expr`, `lvalue = child.out`.
fn connect(
    inst: &Instance,
    child: &Module,
    ids: &[SignalId],
    funcs: &[usize],
    cids: &[SignalId],
    flat: &mut Module,
) -> Result<(), (Span, String)> {
    for (i, c) in inst.connections.iter().enumerate() {
        let port = match &c.port {
            Some(n) => child.ports.iter().find(|p| child.name_of(**p) == n),
            None => child.ports.get(i),
        };
        let Some(&port) = port else {
            return Err((
                inst.span,
                match &c.port {
                    Some(n) => format!(
                        "instance `{}` connects `{n}`, which is not a port of `{}`",
                        inst.name, inst.module
                    ),
                    None => format!(
                        "instance `{}` connects more ports than `{}` has",
                        inst.name, inst.module
                    ),
                },
            ));
        };
        let Some(mut e) = c.expr.clone() else {
            continue;
        };
        remap_expr(&mut e, ids, funcs);
        let inner = cids[port.0 as usize];
        let (lhs, rhs) = match child.signal(port).direction {
            Some(Direction::Input) => (LValue::Whole(inner), e),
            Some(Direction::Output) => {
                let lv = to_lvalue(&e).ok_or_else(|| {
                    (
                        inst.span,
                        format!(
                            "output port `{}` of instance `{}` is connected to an expression that cannot be assigned",
                            child.name_of(port),
                            inst.name
                        ),
                    )
                })?;
                (lv, Expr::Sig(inner))
            }
            _ => {
                return Err((
                    inst.span,
                    format!(
                        "inout port `{}` of instance `{}`: bidirectional ports are not supported",
                        child.name_of(port),
                        inst.name
                    ),
                ))
            }
        };
        flat.assigns.push(ContAssign {
            lhs,
            rhs,
            span: inst.span,
            rhs_span: inst.span,
        });
    }
    Ok(())
}

fn to_lvalue(e: &Expr) -> Option<LValue> {
    Some(match e {
        Expr::Sig(s) => LValue::Whole(*s),
        Expr::Bit { base, index } => match &**base {
            Expr::Sig(s) => LValue::Bit(*s, (**index).clone()),
            _ => return None,
        },
        Expr::Part { base, msb, lsb } => match &**base {
            Expr::Sig(s) => LValue::Part(*s, *msb, *lsb),
            _ => return None,
        },
        Expr::IndexedPart {
            base,
            start,
            width,
            up,
        } => match &**base {
            Expr::Sig(s) => LValue::IndexedPart {
                sig: *s,
                start: (**start).clone(),
                width: *width,
                up: *up,
            },
            _ => return None,
        },
        Expr::Word { mem, addr } => LValue::Word(*mem, (**addr).clone()),
        Expr::Concat(v) => LValue::Concat(v.iter().map(to_lvalue).collect::<Option<_>>()?),
        _ => return None,
    })
}

fn remap_expr(e: &mut Expr, ids: &[SignalId], funcs: &[usize]) {
    match e {
        Expr::Const { .. } => {}
        Expr::Sig(s) => *s = ids[s.0 as usize],
        Expr::Word { mem, addr } => {
            *mem = ids[mem.0 as usize];
            remap_expr(addr, ids, funcs);
        }
        Expr::Bit { base, index } => {
            remap_expr(base, ids, funcs);
            remap_expr(index, ids, funcs);
        }
        Expr::Part { base, .. } => remap_expr(base, ids, funcs),
        Expr::IndexedPart { base, start, .. } => {
            remap_expr(base, ids, funcs);
            remap_expr(start, ids, funcs);
        }
        Expr::Unary(_, a) | Expr::Cast { arg: a, .. } | Expr::Repeat(_, a) => {
            remap_expr(a, ids, funcs)
        }
        Expr::Binary(_, a, b) => {
            remap_expr(a, ids, funcs);
            remap_expr(b, ids, funcs);
        }
        Expr::Cond(c, a, b) => {
            remap_expr(c, ids, funcs);
            remap_expr(a, ids, funcs);
            remap_expr(b, ids, funcs);
        }
        Expr::Concat(v) => v.iter_mut().for_each(|x| remap_expr(x, ids, funcs)),
        Expr::Call { func, args } => {
            *func = funcs[*func];
            args.iter_mut().for_each(|x| remap_expr(x, ids, funcs));
        }
    }
}

fn remap_lvalue(l: &mut LValue, ids: &[SignalId], funcs: &[usize]) {
    match l {
        LValue::Whole(s) | LValue::Part(s, _, _) => *s = ids[s.0 as usize],
        LValue::Bit(s, e) | LValue::Word(s, e) => {
            *s = ids[s.0 as usize];
            remap_expr(e, ids, funcs);
        }
        LValue::IndexedPart { sig, start, .. } => {
            *sig = ids[sig.0 as usize];
            remap_expr(start, ids, funcs);
        }
        LValue::Concat(v) => v.iter_mut().for_each(|x| remap_lvalue(x, ids, funcs)),
    }
}

fn remap_stmt(s: &mut Stmt, ids: &[SignalId], funcs: &[usize]) {
    match s {
        Stmt::Block(v) => v.iter_mut().for_each(|x| remap_stmt(x, ids, funcs)),
        Stmt::Assign { lhs, rhs, .. } => {
            remap_lvalue(lhs, ids, funcs);
            remap_expr(rhs, ids, funcs);
        }
        Stmt::If {
            cond,
            then_s,
            else_s,
            ..
        } => {
            remap_expr(cond, ids, funcs);
            remap_stmt(then_s, ids, funcs);
            if let Some(e) = else_s {
                remap_stmt(e, ids, funcs);
            }
        }
        Stmt::Case {
            sel, arms, default, ..
        } => {
            remap_expr(sel, ids, funcs);
            for a in arms {
                a.labels.iter_mut().for_each(|x| remap_expr(x, ids, funcs));
                remap_stmt(&mut a.body, ids, funcs);
            }
            if let Some(d) = default {
                remap_stmt(d, ids, funcs);
            }
        }
        Stmt::SysTask { .. } | Stmt::Nop => {}
    }
}

impl Module {
    /// Processes of the module itself: a flattened module appends its instances' after them.
    pub fn own_processes(&self) -> usize {
        self.inlined
            .first()
            .map_or(self.processes.len(), |i| i.processes.start)
    }
    /// Continuous assigns of the module itself (port connections and instances' assigns follow).
    pub fn own_assigns(&self) -> usize {
        self.inlined
            .first()
            .map_or(self.assigns.len(), |i| i.assigns.start)
    }
    /// The inlined instance a signal of a flattened module belongs to (`None`: the top's own).
    pub fn inlined_of(&self, s: SignalId) -> Option<usize> {
        // Instances are inlined in pre-order, each appending its own signals: the ranges are
        // disjoint and ascending, so the last one starting at or before `s` is the only candidate.
        let k = self
            .inlined
            .partition_point(|i| i.signals.start <= s.0)
            .checked_sub(1)?;
        self.inlined[k].signals.contains(&s.0).then_some(k)
    }
    /// For every signal that is a plain copy of another (`assign s = t;`, equal widths: port
    /// connections of a flattened module; or a combinational process whose whole body is one
    /// such copy, `always @(*) s = t;`, as LegUp/SmartHLS wrappers feed an instance's `clk`),
    /// the signal at the end of the copy chain: an instance's `clk` port maps to the top's `clk`.
    pub fn alias_roots(&self) -> std::collections::HashMap<SignalId, SignalId> {
        let mut copy = std::collections::HashMap::new();
        for a in &self.assigns {
            if let (LValue::Whole(l), Expr::Sig(r)) = (&a.lhs, &a.rhs) {
                if self.signal(*l).width() == self.signal(*r).width() {
                    copy.entry(*l).or_insert(*r);
                }
            }
        }
        for p in &self.processes {
            if !matches!(p.kind, super::ProcessKind::Comb) {
                continue;
            }
            let mut body = &p.body;
            while let super::Stmt::Block(v) = body {
                let [only] = v.as_slice() else { break };
                body = only;
            }
            if let super::Stmt::Assign {
                lhs: LValue::Whole(l),
                rhs: Expr::Sig(r),
                ..
            } = body
            {
                if self.signal(*l).width() == self.signal(*r).width() {
                    copy.entry(*l).or_insert(*r);
                }
            }
        }
        let mut roots = std::collections::HashMap::new();
        for &s in copy.keys() {
            let mut r = s;
            // A chain is at most as long as the nesting of instances; a loop stops there too.
            for _ in 0..=self.inlined.len() {
                match copy.get(&r) {
                    Some(&next) => r = next,
                    None => break,
                }
            }
            roots.insert(s, r);
        }
        roots
    }
}
