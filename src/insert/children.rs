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

/// One inlined instance that holds state.
#[derive(Clone, Debug)]
pub struct ChildAccess {
    /// Index in the flattened module's `inlined`.
    pub inlined: usize,
    /// Its hierarchical path with `.` made `_` (names of glue wires in the top).
    pub tag: String,
    /// Per clocked process of the module (local index): the span its freeze wrapper encloses,
    /// in the module's own text.
    pub wraps: Vec<(usize, Span)>,
}

/// The stateful instances of a flattened top, checked: directly under the top, one instance
/// per statement, each clocked body wrappable.
pub fn stateful_children(
    d: &Design,
    m: &Module,
    facts: &ModuleFacts,
    wrap_span: &dyn Fn(usize) -> Result<Span, Diagnostic>,
) -> Result<Vec<ChildAccess>, Diagnostic> {
    let mut out = vec![];
    for (k, inl) in m.inlined.iter().enumerate() {
        let holds_state = facts.registers.iter().any(|r| inl.signals.contains(&r.0));
        if !holds_state {
            continue;
        }
        if let Some(p) = inl.parent {
            return Err(Diagnostic::at(
                &d.sources,
                inl.span,
                format!(
                    "instance `{}` holds state two or more levels below the top (inside `{}`): insert reaches state in instances of the top only (hierarchy, issue 6)",
                    inl.path, m.inlined[p].path
                ),
            ));
        }
        let shared_statement = m
            .inlined
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && o.span == inl.span);
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
        let mut wraps = vec![];
        for pi in inl.processes.clone() {
            if matches!(m.processes[pi].kind, crate::ir::ProcessKind::Clocked { .. }) {
                wraps.push((pi - inl.processes.start, wrap_span(pi)?));
            }
        }
        out.push(ChildAccess {
            inlined: k,
            tag: inl.path.replace('.', "_"),
            wraps,
        });
    }
    Ok(out)
}

/// The local signal number of a flat signal of an inlined instance: the item number the access
/// port knows it by.
pub fn item_number(m: &Module, s: SignalId) -> Option<(usize, u32)> {
    let k = m.inlined_of(s)?;
    Some((k, s.0 - m.inlined[k].signals.start))
}
