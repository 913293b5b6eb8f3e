//! Snapshots of every pass's `--dump-after` text for a few small cases (the stable text form of
//! each analysis). Regenerate with `INSTA_UPDATE=always cargo test --test pass_dumps`, review.

mod common;

use idet::analyze::{analyze_design, Outcome};

const CASES: &[&str] = &[
    "benchmarks-rtl/polyphony/gcd",
    "tests/fixtures/vitis_vecsum",
    "tests/fixtures/legup_dot",
    "tests/fixtures/multi_fsm",
    // Hierarchy: a sub-function FSM inlined under its caller (composite states).
    "tests/fixtures/vitis_hier",
    // A pipelined loop: stage-valid flags fixed per state (fill, steady, drain).
    "tests/fixtures/vitis_pipe",
];

#[test]
fn every_pass_dump_of_small_cases() {
    for rel in CASES {
        let dir = common::repo().join(rel);
        let case = common::load(&dir.join("idet-case.toml"));
        let design = common::read(&dir, &case);
        for pass in idet::passes::pass_names() {
            let out = analyze_design(
                &design,
                Some(&case.top),
                common::fsm_options(&case.args),
                Some(pass),
            )
            .unwrap_or_else(|e| panic!("{rel} {pass}: {e}"));
            let Outcome::Dump(text) = out else {
                panic!("{rel}: --dump-after {pass} gave no dump")
            };
            let text = text.replace(&format!("{}/", common::repo().display()), "");
            let name = format!("{}__{}", common::case_name(&dir).replace('/', "__"), pass);
            insta::assert_snapshot!(name, text);
        }
    }
}
