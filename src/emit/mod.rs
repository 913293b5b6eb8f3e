//! The ONLY layer that writes Verilog text.

pub mod children;
pub mod deadcheck;
pub mod insert;
pub mod profile;
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

/// The state of FSM `f` of the design under `dut`, as a hierarchical reference (a composite
/// state concatenates its registers, inlined ones in the high bits, as its codes do).
pub(crate) fn state_ref(
    m: &crate::ir::Module,
    f: &crate::passes::fsm_detect::Fsm,
    dut: &str,
) -> String {
    let regs: Vec<String> = f
        .regs()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|r| format!("{dut}.{}", m.name_of(r)))
        .collect();
    if regs.len() == 1 {
        regs[0].clone()
    } else {
        format!("{{{}}}", regs.join(", "))
    }
}
