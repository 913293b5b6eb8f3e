//! Structural FSM detection.
//!
//! A register is a state-register candidate when every value assigned to it is a constant, itself,
//! or a combinational signal whose every assigned value is (recursively) such a choice — Vitis'
//! `ap_NS_fsm`, LegUp's `next_state`. It is accepted when it is read only through comparisons with
//! constants, `case` selects with constant labels, or constant single-bit selects (one-hot decoding).
//! Names are never used. Every rejected candidate gets a reason, as Yosys' `fsm_detect` logs do.

use super::facts::{Driver, ModuleFacts};
use crate::ir::dump::expr_to_string;
use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    OneHot,
    Binary,
    /// Any other set of codes (Gray, sparse, hand-picked).
    Custom,
}

#[derive(Clone, Debug)]
pub struct Fsm {
    pub reg: SignalId,
    /// Width of `reg`.
    pub width: u32,
    /// Every known code the register can take (assigned, reset or initial values), sorted.
    pub codes: Vec<Tv>,
    /// Parameter names of codes, where the design names them.
    pub names: BTreeMap<Vec<u8>, String>,
    pub reset: Option<Tv>,
    pub reset_from: &'static str,
    pub encoding: Encoding,
    /// Combinational signals between the next-state logic and the register (e.g. `ap_NS_fsm`).
    pub next_state_signals: Vec<SignalId>,
    /// `--state-reg` overrode a failed read check.
    pub forced: Option<String>,
    /// FSMs of submodule instances inlined under this one's states (`compose`): the state-graph
    /// codes are then composite, `reg` in the low `width` bits and each sub at its `lo`.
    pub subs: Vec<SubFsm>,
}

/// An FSM inside an instance whose states are inlined under its parent's (composite states).
#[derive(Debug, Clone)]
pub struct SubFsm {
    pub fsm: Fsm,
    /// A control flag's register name (a flag has no state names: shown as `+name` when set).
    pub flag: Option<String>,
    /// Its code's lowest bit in the composite code.
    pub lo: u32,
}

impl Fsm {
    pub fn code_key(v: &Tv) -> Vec<u8> {
        v.raw_val().to_bytes_le()
    }
    /// The design's name of one of this register's own codes.
    pub fn name_of(&self, v: &Tv) -> Option<&str> {
        self.names.get(&Self::code_key(v)).map(String::as_str)
    }
    /// Width of a state-graph code: the register's, plus the inlined FSMs'.
    pub fn state_width(&self) -> u32 {
        self.width + self.subs.iter().map(|s| s.fsm.width).sum::<u32>()
    }
    /// Every state register a state-graph code fixes: this one first, then the inlined ones.
    pub fn regs(&self) -> impl Iterator<Item = SignalId> + '_ {
        std::iter::once(self.reg).chain(self.subs.iter().map(|s| s.fsm.reg))
    }
    /// A state-graph code split into the value of each register (`regs` order).
    pub fn parts(&self, code: &Tv) -> Vec<(SignalId, Tv)> {
        if self.subs.is_empty() {
            return vec![(self.reg, code.clone())];
        }
        std::iter::once((self.reg, code.slice(0, self.width)))
            .chain(
                self.subs
                    .iter()
                    .map(|s| (s.fsm.reg, code.slice(i64::from(s.lo), s.fsm.width))),
            )
            .collect()
    }
    /// The state-graph code of one value per register (`regs` order).
    pub fn join(&self, parts: &[Tv]) -> Tv {
        let mut msb_first: Vec<Tv> = parts.to_vec();
        msb_first.reverse();
        Tv::concat(&msb_first)
    }
    /// Name of a state-graph code: the design's name of the code, and for a composite code the
    /// names of the inlined FSMs' codes that are away from their reset state (`call/sub`).
    pub fn state_name(&self, code: &Tv) -> Option<String> {
        if self.subs.is_empty() {
            return self.name_of(code).map(str::to_string);
        }
        let parts = self.parts(code);
        let label = |f: &Fsm, v: &Tv| f.name_of(v).map_or_else(|| v.to_string(), str::to_string);
        let mut name = label(self, &parts[0].1);
        for (s, (_, v)) in self.subs.iter().zip(&parts[1..]) {
            match &s.flag {
                Some(f) if v.to_u64() == Some(1) => {
                    name.push('+');
                    name.push_str(f);
                }
                Some(_) => {}
                None if s.fsm.reset.as_ref() == Some(v) => {}
                None => {
                    name.push('/');
                    name.push_str(&label(&s.fsm, v));
                }
            }
        }
        Some(name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub signal: String,
    pub reason: String,
}

#[derive(Debug, Default, Clone)]
pub struct FsmOptions {
    pub force: Vec<String>,
    pub forbid: Vec<String>,
    /// When outputs are observed (`qualifiers`): with their valid (default) or every cycle.
    pub outputs: super::qualifiers::OutputRule,
}

pub fn detect(
    m: &Module,
    facts: &ModuleFacts,
    sources: &SourceMap,
    opts: &FsmOptions,
) -> (Vec<Fsm>, Vec<Rejection>) {
    let mut fsms = vec![];
    let mut rejected = vec![];
    let copies_of = copies_by_source(m);
    for name in opts.force.iter().chain(opts.forbid.iter()) {
        if m.find(name).is_none_or(|s| !facts.is_register(s)) {
            rejected.push(Rejection {
                signal: name.clone(),
                reason: "named on the command line but is not a register of this module".into(),
            });
        }
    }
    for &r in &facts.registers {
        let sig = m.signal(r);
        if sig.is_memory() {
            continue;
        }
        let name = &sig.name;
        if opts.forbid.iter().any(|f| f == name) {
            rejected.push(Rejection {
                signal: name.clone(),
                reason: "forbidden by --not-state-reg".into(),
            });
            continue;
        }
        let forced = opts.force.iter().any(|f| f == name);
        match candidate(m, facts, r) {
            Err(reason) => {
                let reason = if forced {
                    format!("--state-reg cannot apply: {reason}")
                } else {
                    reason
                };
                rejected.push(Rejection {
                    signal: name.clone(),
                    reason,
                })
            }
            Ok(c) => {
                if c.codes.len() < 3 && !forced {
                    rejected.push(Rejection {
                        signal: name.clone(),
                        reason: format!(
                            "only {} distinct constant value(s): a flag, not an FSM",
                            c.codes.len()
                        ),
                    });
                    continue;
                }
                let violation =
                    read_violation_through_copies(m, r, &copies_of, &c.chain, sources, 0);
                let forced_note = match (violation, forced) {
                    (Some(v), false) => {
                        rejected.push(Rejection {
                            signal: name.clone(),
                            reason: v,
                        });
                        continue;
                    }
                    (Some(v), true) => Some(v),
                    (None, _) => None,
                };
                let (reset, reset_from) = reset_value(m, facts, r);
                let mut codes = c.codes;
                if let Some(rv) = &reset {
                    if !codes.contains(rv) {
                        codes.push(rv.clone());
                    }
                }
                let mut names = c.names;
                collect_compare_names(m, r, &mut names);
                // Declared codes count for the encoding: Polyphony numbers all its states densely
                // but only enters some of them.
                declared_codes(m, r, &mut codes, &mut names);
                codes.sort_by_cached_key(|c| c.raw_val());
                let encoding = classify(&codes);
                fsms.push(Fsm {
                    reg: r,
                    width: sig.width(),
                    codes,
                    names,
                    reset,
                    reset_from,
                    encoding,
                    next_state_signals: c.chain.into_iter().collect(),
                    forced: forced_note,
                    subs: vec![],
                });
            }
        }
    }
    (fsms, rejected)
}

/// A 1-bit control flag (only constant next values, e.g. Vitis `grp_*_ap_start_reg`) seen as a
/// two-state FSM, so that a composite state can fix it (`compose`).
pub fn flag(m: &Module, facts: &ModuleFacts, r: SignalId) -> Option<Fsm> {
    let sig = m.signal(r);
    if sig.is_memory() || sig.width() != 1 || !facts.is_register(r) {
        return None;
    }
    let c = candidate(m, facts, r).ok()?;
    Some(Fsm {
        next_state_signals: c.chain.into_iter().collect(),
        ..valid_flag(m, facts, r)
    })
}

/// A 1-bit pipeline stage-valid flag (Vitis `ap_enable_reg_pp0_iterN`) seen as a two-state
/// FSM whose next value may depend on data (the state graph then forks on it).
pub fn valid_flag(m: &Module, facts: &ModuleFacts, r: SignalId) -> Fsm {
    let (reset, reset_from) = reset_value(m, facts, r);
    let codes = vec![Tv::from_u64(1, 0), Tv::from_u64(1, 1)];
    Fsm {
        reg: r,
        width: 1,
        encoding: classify(&codes),
        codes,
        names: BTreeMap::new(),
        reset,
        reset_from,
        next_state_signals: vec![],
        forced: None,
        subs: vec![],
    }
}

struct Candidate {
    codes: Vec<Tv>,
    names: BTreeMap<Vec<u8>, String>,
    chain: BTreeSet<SignalId>,
}

fn candidate(m: &Module, facts: &ModuleFacts, r: SignalId) -> Result<Candidate, String> {
    let mut c = Candidate {
        codes: vec![],
        names: BTreeMap::new(),
        chain: BTreeSet::new(),
    };
    let mut visiting = HashSet::new();
    for &p in facts.clocked_writers.get(&r).into_iter().flatten() {
        let mut res = Ok(());
        m.processes[p].body.walk(&mut |s| {
            if res.is_err() {
                return;
            }
            if let Stmt::Assign { lhs, rhs, .. } = s {
                let mut t = vec![];
                lhs.targets(&mut t);
                if t.iter().any(|(x, _)| *x == r) {
                    res = match lhs {
                        LValue::Whole(_) => sources_of(m, facts, r, rhs, &mut c, &mut visiting),
                        _ => Err(format!(
                            "assigned through a bit/part select `{}`",
                            dump::lvalue_to_string(m, lhs)
                        )),
                    };
                }
            }
        });
        res?;
    }
    if let Some(d) = facts.comb_drivers.get(&r) {
        if !d.is_empty() {
            return Err("also driven combinationally".into());
        }
    }
    Ok(c)
}

/// Collect the constants `e` can take; `Err` names the first non-constant source.
fn sources_of(
    m: &Module,
    facts: &ModuleFacts,
    r: SignalId,
    e: &Expr,
    c: &mut Candidate,
    visiting: &mut HashSet<SignalId>,
) -> Result<(), String> {
    match e {
        Expr::Const { value, name } => {
            // Codes are compared at the register's width (`1'd0` and `32'd0` are one code).
            let value = value.resize(m.signal(r).width()).signed(false);
            if value.is_known() {
                if !c.codes.contains(&value) {
                    c.codes.push(value.clone());
                }
                if let Some(n) = name {
                    c.names
                        .entry(Fsm::code_key(&value))
                        .or_insert_with(|| n.clone());
                }
            }
            Ok(())
        }
        Expr::Sig(s) if *s == r => Ok(()),
        Expr::Cond(_, a, b) => {
            sources_of(m, facts, r, a, c, visiting)?;
            sources_of(m, facts, r, b, c, visiting)
        }
        Expr::Sig(w) if !facts.is_register(*w) && facts.comb_drivers.contains_key(w) => {
            if !visiting.insert(*w) {
                return Ok(());
            }
            c.chain.insert(*w);
            for d in &facts.comb_drivers[w] {
                match d {
                    Driver::Assign(i) => {
                        let a = &m.assigns[*i];
                        if !matches!(a.lhs, LValue::Whole(_)) {
                            return Err(format!(
                                "next-state signal `{}` is assigned in parts",
                                m.name_of(*w)
                            ));
                        }
                        sources_of(m, facts, r, &a.rhs, c, visiting)?;
                    }
                    Driver::CombProcess(p) => {
                        let mut res = Ok(());
                        m.processes[*p].body.walk(&mut |s| {
                            if res.is_err() {
                                return;
                            }
                            if let Stmt::Assign { lhs, rhs, .. } = s {
                                let mut t = vec![];
                                lhs.targets(&mut t);
                                if t.iter().any(|(x, _)| x == w) {
                                    res = if matches!(lhs, LValue::Whole(_)) {
                                        sources_of(m, facts, r, rhs, c, visiting)
                                    } else {
                                        Err(format!(
                                            "next-state signal `{}` is assigned in parts",
                                            m.name_of(*w)
                                        ))
                                    };
                                }
                            }
                        });
                        res?;
                    }
                    Driver::Instance(_) => {
                        return Err(format!(
                            "next value comes from an instance output `{}`",
                            m.name_of(*w)
                        ))
                    }
                }
            }
            Ok(())
        }
        other => Err(format!(
            "next value `{}` is not a constant",
            expr_to_string(m, other)
        )),
    }
}

/// `read_violation` of `r`, where a whole copy `assign x = r;` (an instance's output port
/// connection: Calyx keeps its FSM in a `std_reg` cell read as `fsm_out`) is no read of its own
/// but passes the check on to `x`.
fn read_violation_through_copies(
    m: &Module,
    r: SignalId,
    copies_of: &HashMap<SignalId, Vec<SignalId>>,
    chain: &BTreeSet<SignalId>,
    sources: &SourceMap,
    depth: usize,
) -> Option<String> {
    let copies = copies_of.get(&r).map_or(&[][..], Vec::as_slice);
    if copies.is_empty() || depth > 8 {
        return read_violation(m, r, chain, sources);
    }
    let mut with_copies = chain.clone();
    with_copies.extend(copies.iter().copied());
    if let Some(v) = read_violation(m, r, &with_copies, sources) {
        return Some(v);
    }
    copies
        .iter()
        .find_map(|&x| read_violation_through_copies(m, x, copies_of, chain, sources, depth + 1))
}

/// Whole copies `assign x = y;` of equal width, by source: `y -> [x, ...]` (built once per
/// detection, not per candidate register).
fn copies_by_source(m: &Module) -> HashMap<SignalId, Vec<SignalId>> {
    let mut out: HashMap<SignalId, Vec<SignalId>> = HashMap::new();
    for a in &m.assigns {
        if let (LValue::Whole(x), Expr::Sig(y)) = (&a.lhs, &a.rhs) {
            if m.signal(*x).width() == m.signal(*y).width() {
                out.entry(*y).or_default().push(*x);
            }
        }
    }
    out
}

/// The first read of `r` that is not a comparison with a constant, a constant-labelled case select
/// or a constant bit select. Reads feeding its own next-state logic (`r <= r`, `NS = r`) are fine.
fn read_violation(
    m: &Module,
    r: SignalId,
    chain: &BTreeSet<SignalId>,
    sources: &SourceMap,
) -> Option<String> {
    if m.signal(r).direction.is_some() {
        return Some("is a module port (read outside the module)".into());
    }
    let self_targets = |lhs: &LValue| {
        let mut t = vec![];
        lhs.targets(&mut t);
        t.iter().all(|(s, _)| *s == r || chain.contains(s))
    };
    for a in &m.assigns {
        // `assign ap_NS_fsm = ...` may mention r as its hold value.
        let allow_self = self_targets(&a.lhs) && matches!(a.rhs, Expr::Sig(s) if s == r);
        if !allow_self {
            if let Some(v) = bad_read(m, r, &a.rhs) {
                return Some(format!("read as `{v}` ({})", sources.loc(a.span)));
            }
        }
        for ie in a.lhs.index_exprs() {
            if let Some(v) = bad_read(m, r, ie) {
                return Some(format!("read as `{v}` ({})", sources.loc(a.span)));
            }
        }
    }
    for p in &m.processes {
        let mut found = None;
        p.body.walk(&mut |s| {
            if found.is_some() {
                return;
            }
            match s {
                Stmt::Assign { lhs, rhs, span, .. } => {
                    let allow_self = self_targets(lhs) && matches!(rhs, Expr::Sig(x) if *x == r);
                    if !allow_self {
                        if let Some(v) = bad_read(m, r, rhs) {
                            found = Some(format!("read as `{v}` ({})", sources.loc(*span)));
                        }
                    }
                    for ie in lhs.index_exprs() {
                        if let Some(v) = bad_read(m, r, ie) {
                            found = Some(format!("read as `{v}` ({})", sources.loc(*span)));
                        }
                    }
                }
                Stmt::If { cond, span, .. } => {
                    if let Some(v) = bad_read(m, r, cond) {
                        found = Some(format!("read as `{v}` ({})", sources.loc(*span)));
                    }
                }
                Stmt::Case {
                    sel, arms, span, ..
                } => {
                    let const_labels = arms
                        .iter()
                        .all(|a| a.labels.iter().all(|l| matches!(l, Expr::Const { .. })));
                    let sel_ok = matches!(sel, Expr::Sig(x) if *x == r) && const_labels;
                    if !sel_ok {
                        if let Some(v) = bad_read(m, r, sel) {
                            found = Some(format!("read as `{v}` ({})", sources.loc(*span)));
                        }
                    }
                    for a in arms {
                        for l in &a.labels {
                            if let Some(v) = bad_read(m, r, l) {
                                found = Some(format!(
                                    "read as case label `{v}` ({})",
                                    sources.loc(*span)
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        });
        if found.is_some() {
            return found;
        }
    }
    for i in &m.instances {
        for c in &i.connections {
            if let Some(e) = &c.expr {
                if let Some(v) = bad_read(m, r, e) {
                    return Some(format!(
                        "connected to instance `{}` as `{v}` ({})",
                        i.name,
                        sources.loc(i.span)
                    ));
                }
            }
        }
    }
    for f in &m.functions {
        if f.reads.contains(&r) {
            return Some(format!("read inside function `{}`", f.name));
        }
    }
    None
}

/// The smallest enclosing expression that reads `r` in a way a state register is never read.
fn bad_read(m: &Module, r: SignalId, e: &Expr) -> Option<String> {
    let is_r = |x: &Expr| matches!(x, Expr::Sig(s) if *s == r);
    let is_c = |x: &Expr| matches!(x, Expr::Const { .. });
    match e {
        Expr::Binary(BinaryOp::Eq | BinaryOp::Ne | BinaryOp::CaseEq | BinaryOp::CaseNe, a, b)
            if (is_r(a) && is_c(b)) || (is_c(a) && is_r(b)) =>
        {
            None
        }
        Expr::Bit { base, index } if is_r(base) && is_c(index) => None,
        Expr::Sig(s) if *s == r => Some(m.name_of(r).to_string()),
        _ => {
            for c in e.children() {
                if is_r(c) {
                    return Some(expr_to_string(m, e));
                }
                if let Some(v) = bad_read(m, r, c) {
                    return Some(v);
                }
            }
            None
        }
    }
}

/// Names for codes from comparisons and case labels (`state == S_IDLE`, `case (state) S_IDLE:`).
fn collect_compare_names(m: &Module, r: SignalId, names: &mut BTreeMap<Vec<u8>, String>) {
    fn visit(e: &Expr, r: SignalId, names: &mut BTreeMap<Vec<u8>, String>) {
        if let Expr::Binary(
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::CaseEq | BinaryOp::CaseNe,
            a,
            b,
        ) = e
        {
            for (x, y) in [(a, b), (b, a)] {
                if let (
                    Expr::Sig(s),
                    Expr::Const {
                        value,
                        name: Some(n),
                    },
                ) = (&**x, &**y)
                {
                    if *s == r && value.is_known() {
                        names
                            .entry(Fsm::code_key(value))
                            .or_insert_with(|| n.clone());
                    }
                }
            }
        }
        for c in e.children() {
            visit(c, r, names);
        }
    }
    for a in &m.assigns {
        visit(&a.rhs, r, names);
    }
    for p in &m.processes {
        p.body.walk(&mut |s| match s {
            Stmt::If { cond, .. } => visit(cond, r, names),
            Stmt::Assign { rhs, .. } => visit(rhs, r, names),
            Stmt::Case {
                sel: Expr::Sig(s),
                arms,
                ..
            } if *s == r => {
                for a in arms {
                    for l in &a.labels {
                        if let Expr::Const {
                            value,
                            name: Some(n),
                        } = l
                        {
                            if value.is_known() {
                                names
                                    .entry(Fsm::code_key(value))
                                    .or_insert_with(|| n.clone());
                            }
                        }
                    }
                }
            }
            _ => {}
        });
    }
    let _ = m;
}

/// Reset value: the constant assigned in a reset branch, else the declaration's initial value.
fn reset_value(m: &Module, facts: &ModuleFacts, r: SignalId) -> (Option<Tv>, &'static str) {
    let w = m.signal(r).width();
    for &p in facts.clocked_writers.get(&r).into_iter().flatten() {
        if let Some(Stmt::If { then_s, .. }) = facts.reset_branch_of(m, p) {
            let mut v = None;
            then_s.walk(&mut |s| {
                if let Stmt::Assign {
                    lhs: LValue::Whole(t),
                    rhs: Expr::Const { value, .. },
                    ..
                } = s
                {
                    if *t == r {
                        v = Some(value.resize(w).signed(false));
                    }
                }
            });
            if v.is_some() {
                return (v, "reset branch");
            }
        }
    }
    if let Some(init) = &m.signal(r).init {
        let v = eval::Evaluator::new(m, &eval::NoSignals)
            .eval_in(init, w)
            .signed(false);
        if v.is_known() {
            return (Some(v), "declaration initial value");
        }
    }
    (None, "none")
}

/// Declared but unused state codes: parameters declared between the first and the last parameter
/// that names a code of this FSM (HLS tools declare all state codes in one run). Declaration order
/// is the structural hint; the names themselves are not interpreted.
fn declared_codes(
    m: &Module,
    r: SignalId,
    codes: &mut Vec<Tv>,
    names: &mut BTreeMap<Vec<u8>, String>,
) {
    let w = m.signal(r).width();
    let used: Vec<usize> = m
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| names.values().any(|n| *n == p.name))
        .map(|(i, _)| i)
        .collect();
    let (Some(&lo), Some(&hi)) = (used.first(), used.last()) else {
        return;
    };
    for p in &m.params[lo..=hi] {
        let fits = p.value.is_known() && p.value.raw_val().bits() <= w as u64;
        if !fits {
            continue;
        }
        let v = p.value.resize(w).signed(false);
        let key = Fsm::code_key(&v);
        names.entry(key).or_insert_with(|| p.name.clone());
        if !codes.contains(&v) {
            codes.push(v);
        }
    }
}

fn classify(codes: &[Tv]) -> Encoding {
    if codes.iter().all(|c| c.count_ones() == 1) {
        return Encoding::OneHot;
    }
    let vals: Vec<u64> = codes.iter().filter_map(|c| c.to_u64()).collect();
    if vals.len() == codes.len() {
        let max = vals.iter().copied().max().unwrap_or(0);
        // Dense small integers: binary counting codes (possibly with unused ones).
        if max < 2 * vals.len() as u64 + 1 {
            return Encoding::Binary;
        }
    }
    Encoding::Custom
}
