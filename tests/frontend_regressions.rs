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

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/frontend")
        .join(name)
}

#[test]
fn defines_reach_the_preprocessor() {
    let narrow = read_design(&[fixture("defines.v")], &FrontendOptions::default()).expect("parses");
    assert_eq!(narrow.module("leaf").unwrap().signals[1].width(), 8);
    let opts = FrontendOptions {
        defines: vec![("WIDE".into(), None)],
        ..Default::default()
    };
    let wide = read_design(&[fixture("defines.v")], &opts).expect("parses");
    assert_eq!(wide.module("leaf").unwrap().signals[1].width(), 16);
}

#[test]
fn top_choice_lists_candidates_when_several() {
    let d = read_design(&[fixture("defines.v")], &FrontendOptions::default()).expect("parses");
    let (m, why) = idet::analyze::choose_top(&d, None).expect("a top");
    assert_eq!(m.name, "leaf");
    assert!(why.contains("leaf") && why.contains("other"), "{why}");
    let err = idet::analyze::choose_top(&d, Some("nope")).expect_err("unknown top");
    assert!(err.message.contains("leaf, other"), "{}", err.message);
}

#[test]
fn top_choice_prefers_the_uninstantiated_module() {
    let f =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benchmarks-rtl/polyphony/array_sum/out");
    let opts = FrontendOptions {
        include_dirs: vec![f.clone()],
        ..Default::default()
    };
    let d = read_design(&[f.join("polyphony_out.v")], &opts).expect("parses");
    let (m, why) = idet::analyze::choose_top(&d, None).expect("a top");
    assert_eq!(m.name, "array_sum", "{why}");
}

/// A comment that only mentions `translate_off` (LegUp-style file descriptions do) opened a
/// simulation-only region that ran to the end of the file: the ports' declarations vanished
/// ("port `clk` has no input/output declaration"). Only a comment that is the directive counts,
/// `/* ... */` forms included.
#[test]
fn regression_translate_off_mentioned_in_a_comment_is_not_a_directive() {
    let text = std::fs::read_to_string(fixture("translate_off_mention.v")).unwrap();
    let regions = idet::frontend::translate_off_regions(&text);
    assert_eq!(regions.len(), 1, "{regions:?}");
    let (a, b) = (regions[0].0 as usize, regions[0].1 as usize);
    assert!(text[a..b].starts_with("/* synthesis translate_off */"));
    assert!(text[a..b]
        .trim_end()
        .ends_with("/* synthesis translate_on */"));
    let d = read_design(
        &[fixture("translate_off_mention.v")],
        &FrontendOptions::default(),
    )
    .expect("parses");
    assert_eq!(d.module("counter").unwrap().ports.len(), 3);
    for (c, want) in [
        ("// synthesis translate_off", Some(true)),
        ("//synopsys translate_on", Some(false)),
        ("/* pragma translate_off */", Some(true)),
        ("// translate_off", Some(true)),
        ("// the check sits in a translate_off region", None),
    ] {
        assert_eq!(idet::frontend::translate_directive(c), want, "{c}");
    }
}
