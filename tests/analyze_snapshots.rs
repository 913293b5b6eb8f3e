//! One snapshot of the `idet analyze` text per case directory (corpus and fixtures).
//! Regenerate with `INSTA_UPDATE=always cargo test --test analyze_snapshots` and review the diff.

mod common;

#[test]
fn analyze_report_of_every_case() {
    let cases = common::all_cases();
    assert!(
        cases.len() >= 14,
        "expected the corpus and fixtures, found {}",
        cases.len()
    );
    for dir in cases {
        let name = common::case_name(&dir).replace('/', "__");
        let text = common::analyze_text(&dir);
        insta::assert_snapshot!(name, text);
    }
}
