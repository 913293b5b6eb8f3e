//! The frontend never panics: mutated corpus files and random token soup either parse or give a
//! diagnostic. (A property test; the frontend will also be fuzzed with cargo-fuzz.)

use idet::frontend::{read_design, FrontendOptions};
use proptest::prelude::*;

const SEED: &str = include_str!("../benchmarks-rtl/polyphony/gcd/out/gcd.v");

fn check(text: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("fuzz.v");
    std::fs::write(&f, text).expect("write");
    if let Ok(d) = read_design(&[f], &FrontendOptions::default()) {
        // Whatever lowers must also analyse without panicking.
        let _ = idet::analyze::analyze_design(&d, None, Default::default(), None);
    }
}

fn token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "module",
        "endmodule",
        "m",
        "(",
        ")",
        ";",
        "input",
        "output",
        "reg",
        "wire",
        "[",
        "]",
        "3",
        ":",
        "0",
        "always",
        "@",
        "posedge",
        "clk",
        "begin",
        "end",
        "if",
        "else",
        "case",
        "endcase",
        "<=",
        "=",
        "assign",
        "+",
        "-",
        "==",
        "&&",
        "?",
        "'d5",
        "8'hff",
        "4'b1x0z",
        "localparam",
        ",",
        "default",
        "s",
        "q",
        "{",
        "}",
        "*",
        "x",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn mutated_corpus_file_never_panics(cut in 0usize..2000, len in 0usize..40, insert in ".{0,12}") {
        let mut s = SEED.to_string();
        let start = cut.min(s.len());
        let end = (start + len).min(s.len());
        if s.is_char_boundary(start) && s.is_char_boundary(end) {
            s.replace_range(start..end, &insert);
        }
        check(&s);
    }

    #[test]
    fn token_soup_never_panics(tokens in prop::collection::vec(token(), 0..60)) {
        check(&format!("module m(input clk, output reg [3:0] q); {} endmodule", tokens.join(" ")));
    }
}

/// 48 cases in the regular suite; `PROPTEST_CASES=5000` for a longer campaign.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}
