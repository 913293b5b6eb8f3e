//! Submodule instances that hold state (RAMs, `std_reg`, `register_STD`, ...): which ones get a
//! state-access port, and the checks that make that possible.
//!
//! The access port is parameter-independent, so one spliced copy of a module serves every
//! instance whatever its parameters: the parent picks an item (the register's or memory's
//! signal number in the module), a memory word (`addr`) and a 32-bit part (`part`), reads it on
//! `q` and, while frozen, loads `d` into it when `ld` is high. `frz` freezes the module's
//! clocked processes. See `emit::insert` for the Verilog.

use crate::diag::Diagnostic;
use crate::ir::{Design, Module, SignalId, Span};
use crate::passes::facts::ModuleFacts;

/// One inlined instance that holds state, itself or below it.
#[derive(Clone, Debug)]
pub struct ChildAccess {
    /// Index in the flattened module's `inlined`.
    pub inlined: usize,
    /// Its hierarchical path with `.` made `_` (names of glue wires in the top).
    pub tag: String,
    /// Per clocked process of the module (local index): the span its freeze wrapper encloses,
    /// in the module's own text.
    pub wraps: Vec<(usize, Span)>,
    /// The enclosing accessible instance (index in the list), `None` under the top.
    pub parent: Option<usize>,
    /// Its number among the accessible instance statements of its parent's module (1, 2, ...):
    /// one 8-bit field of the access path (0 selects the module's own registers).
    pub slot: u8,
}

/// Deepest nesting the 64-bit access path reaches (one 8-bit slot per level below the top's
/// instances). Bambu nests registers five levels down (`_main_i0.Datapath_i.array_N.
/// ARRAY_1D_STD_BRAM_NN_instance.BRAM_MEMORY_NN_instance_a`).
pub const MAX_ACCESS_DEPTH: usize = 8;

/// Width of the access path: 32 bits reach four levels, deeper designs get 64 (eight).
pub fn path_bits(children: &[ChildAccess]) -> u32 {
    let depth = |mut c: usize| {
        let mut d = 0;
        while let Some(p) = children[c].parent {
            d += 1;
            c = p;
        }
        d
    };
    let deepest = (0..children.len()).map(depth).max().unwrap_or(0);
    if deepest < 4 {
        32
    } else {
        64
    }
}

/// The instances of a flattened top that hold state themselves or below them, checked: one
/// instance per statement, each clocked body wrappable, at most `MAX_ACCESS_DEPTH` levels.
pub fn stateful_children(
    d: &Design,
    m: &Module,
    facts: &ModuleFacts,
    wrap_span: &dyn Fn(usize, crate::ir::FileId) -> Result<Span, Diagnostic>,
) -> Result<Vec<ChildAccess>, Diagnostic> {
    // `inlined` is in pre-order with parent links: a reverse sweep marks the ancestors.
    let n = m.inlined.len();
    let mut stateful = vec![false; n];
    for k in (0..n).rev() {
        let inl = &m.inlined[k];
        if facts.registers.iter().any(|r| inl.signals.contains(&r.0)) {
            stateful[k] = true;
        }
        if stateful[k] {
            if let Some(p) = inl.parent {
                stateful[p] = true;
            }
        }
    }
    let mut out: Vec<ChildAccess> = vec![];
    let mut index_of = vec![None; n];
    for (k, inl) in m.inlined.iter().enumerate() {
        if !stateful[k] {
            continue;
        }
        let mut depth = 0;
        let mut up = inl.parent;
        while let Some(p) = up {
            depth += 1;
            up = m.inlined[p].parent;
        }
        if depth >= MAX_ACCESS_DEPTH {
            return Err(Diagnostic::at(
                &d.sources,
                inl.span,
                format!(
                    "instance `{}` holds state {} levels below the top's instances: the state-access path reaches {MAX_ACCESS_DEPTH}",
                    inl.path,
                    depth
                ),
            ));
        }
        let shared_statement = m
            .inlined
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && o.parent == inl.parent && o.span == inl.span);
        if shared_statement {
            return Err(Diagnostic::at(
                &d.sources,
                inl.span,
                format!(
                    "instance `{}` shares its statement with other instances: insert swaps the statement for one with the state-access port; write one instance per statement",
                    inl.path
                ),
            ));
        }
        let parent = inl
            .parent
            .map(|p| index_of[p].expect("ancestors come first"));
        let slot = out.iter().filter(|c| c.parent == parent).count() + 1;
        let slot = u8::try_from(slot).map_err(|_| {
            Diagnostic::at(
                &d.sources,
                inl.span,
                format!(
                    "more than 255 instances holding state in one module (at `{}`)",
                    inl.path
                ),
            )
        })?;
        // Wrapped in the module's own text (which may be another file than the top's).
        let file = d.module(&inl.module).map_or(m.span.file, |c| c.span.file);
        let mut wraps = vec![];
        for pi in inl.processes.clone() {
            if matches!(m.processes[pi].kind, crate::ir::ProcessKind::Clocked { .. }) {
                wraps.push((pi - inl.processes.start, wrap_span(pi, file)?));
            }
        }
        index_of[k] = Some(out.len());
        out.push(ChildAccess {
            inlined: k,
            tag: inl.path.replace('.', "_"),
            wraps,
            parent,
            slot,
        });
    }
    Ok(out)
}

/// For a signal inside an accessible instance: the top-level accessible instance (index in
/// `children`), the access path below it (8-bit slots, innermost level highest) and the item
/// number in the instance's module.
pub fn route(m: &Module, children: &[ChildAccess], s: SignalId) -> Option<(usize, u64, u32)> {
    let k = m.inlined_of(s)?;
    let mut c = children.iter().position(|c| c.inlined == k)?;
    let item = s.0 - m.inlined[k].signals.start;
    let mut slots = vec![];
    while let Some(p) = children[c].parent {
        slots.push(u64::from(children[c].slot));
        c = p;
    }
    // Outermost slot in the low byte: each module consumes its byte and shifts the rest down.
    let path = slots
        .iter()
        .rev()
        .enumerate()
        .fold(0u64, |acc, (i, sl)| acc | (sl << (8 * i)));
    Some((c, path, item))
}

/// Runs `[lo, hi]` of bit offsets from a register's lsb.
pub type BitRuns = Vec<(u32, u32)>;

/// The bits of register `r` that clocked process `pi` writes, as runs `[lo, hi]` of offsets
/// from the register's lsb, or `None` when it may write any bit (a whole write or a select
/// that is not constant). Vitis' AXI4-Lite slave writes `int_isr[0]` and `int_isr[1]` in two
/// processes: on restore each writer loads only its own bits, so the augmented design drives
/// no bit from a process the original did not.
pub fn written_bits(m: &Module, pi: usize, r: SignalId) -> Option<BitRuns> {
    use crate::ir::{eval::Evaluator, eval::NoSignals, LValue, Stmt};
    let s = m.signal(r);
    let w = s.width();
    let off = |i: i64| -> Option<u32> {
        let o = if s.msb >= s.lsb { i - s.lsb } else { s.lsb - i };
        u32::try_from(o).ok().filter(|o| *o < w)
    };
    let konst = |e: &crate::ir::Expr| {
        Evaluator::new(m, &NoSignals)
            .eval(e)
            .to_u64()
            .and_then(|v| i64::try_from(v).ok())
    };
    let mut runs: Vec<(u32, u32)> = vec![];
    let mut whole = false;
    fn visit(
        l: &LValue,
        r: SignalId,
        runs: &mut Vec<(u32, u32)>,
        whole: &mut bool,
        off: &dyn Fn(i64) -> Option<u32>,
        konst: &dyn Fn(&crate::ir::Expr) -> Option<i64>,
    ) {
        match l {
            LValue::Whole(x) if *x == r => *whole = true,
            LValue::Bit(x, e) if *x == r => match konst(e).and_then(off) {
                Some(b) => runs.push((b, b)),
                None => *whole = true,
            },
            LValue::Part(x, a, b) if *x == r => match (off(*a), off(*b)) {
                (Some(a), Some(b)) => runs.push((a.min(b), a.max(b))),
                _ => *whole = true,
            },
            LValue::IndexedPart {
                sig,
                start,
                width,
                up,
            } if *sig == r => {
                let lo = konst(start).map(|s0| if *up { s0 } else { s0 - *width as i64 + 1 });
                match lo.and_then(|lo| Some((off(lo)?, off(lo + *width as i64 - 1)?))) {
                    Some((a, b)) => runs.push((a.min(b), a.max(b))),
                    None => *whole = true,
                }
            }
            LValue::Concat(v) => v.iter().for_each(|x| visit(x, r, runs, whole, off, konst)),
            _ => {}
        }
    }
    m.processes[pi].body.walk(&mut |st| {
        if let Stmt::Assign { lhs, .. } = st {
            visit(lhs, r, &mut runs, &mut whole, &off, &konst);
        }
    });
    if whole {
        return None;
    }
    runs.sort();
    let mut merged: Vec<(u32, u32)> = vec![];
    for (a, b) in runs {
        match merged.last_mut() {
            Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    if merged == [(0, w - 1)] {
        return None;
    }
    Some(merged)
}
