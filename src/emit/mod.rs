//! The ONLY layer that writes Verilog text.

pub mod capture;
pub mod case_arms;
pub mod children;
pub mod deadcheck;
pub mod insert;
pub mod mem_runs;
pub mod profile;
pub mod ranges;
pub mod splice;

use crate::passes::Analysis;

/// Verilog condition, in testbench scope, that every reset of the design under `dut` is inactive:
/// the monitors only observe the design while it runs.
pub(crate) fn resets_inactive(a: &Analysis, dut: &str) -> String {
    let mut cond = String::from("1'b1");
    for r in &a.facts().resets {
        cond.push_str(&format!(
            " && ({dut}.{} === 1'b{})",
            a.module.name_of(r.signal),
            if r.active_high { 0 } else { 1 }
        ));
    }
    cond
}

/// The Verilog of a state-graph code's registers, given how each is referenced (`regs` order:
/// the FSM's own first): a composite state concatenates them, inlined ones in the high bits, as
/// its codes do.
pub(crate) fn state_expr(refs: Vec<String>) -> String {
    match refs.as_slice() {
        [one] => one.clone(),
        _ => {
            let msb_first: Vec<&str> = refs.iter().rev().map(String::as_str).collect();
            format!("{{{}}}", msb_first.join(", "))
        }
    }
}

/// The state of FSM `f` of the design under `dut`, by hierarchical references.
pub(crate) fn state_ref(
    m: &crate::ir::Module,
    f: &crate::passes::fsm_detect::Fsm,
    dut: &str,
) -> String {
    state_expr(
        f.regs()
            .map(|r| format!("{dut}.{}", m.name_of(r)))
            .collect(),
    )
}
