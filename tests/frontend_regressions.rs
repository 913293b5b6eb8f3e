//! Named regressions for frontend bugs.

use idet::frontend::{read_design, FrontendOptions};
use std::path::PathBuf;

fn param(m: &idet::ir::Module, name: &str) -> u64 {
    m.params
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.to_u64())
        .expect(name)
}

#[test]
fn regression_binary_operator_precedence() {
    let f = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/frontend/precedence.v");
    let d = read_design(&[f], &FrontendOptions::default()).expect("parses");
    let m = &d.modules[0];
    assert_eq!(param(m, "P_SUB"), 5);
    assert_eq!(param(m, "P_MIX"), 7);
    assert_eq!(param(m, "P_LOG"), 0);
    assert_eq!(param(m, "P_TERN"), 5);
    assert_eq!(param(m, "P_SHIFT"), 8);
    assert_eq!(param(m, "P_CMP"), 1);
    assert_eq!(param(m, "P_DIV"), 8);
    let rhs = idet::ir::dump::expr_to_string(m, &m.assigns[0].rhs);
    assert_eq!(rhs, "(a - 4'd1) - 4'd1");
}
