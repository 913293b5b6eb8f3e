//! Fenced text insertions into an original file.
//!
//! Every insertion is a region `"\n// idet:begin TAG\n" + body + "// idet:end\n"`, placed at a byte
//! offset of the original text (mid-line offsets are fine: the region starts with its own newline).
//! `strip` removes exactly those regions, so `strip(apply(text, edits)) == text` byte for byte,
//! provided the original never contains a region opener (`insert` refuses such input).

pub const BEGIN: &str = "\n// idet:begin ";
pub const END: &str = "// idet:end\n";

#[derive(Clone, Debug)]
pub struct Edit {
    pub at: usize,
    pub tag: String,
    /// Verilog text; a final newline is added when missing.
    pub body: String,
}

impl Edit {
    pub fn new(at: usize, tag: impl Into<String>, body: impl Into<String>) -> Edit {
        Edit {
            at,
            tag: tag.into(),
            body: body.into(),
        }
    }
}

/// Apply the edits (any order; equal offsets keep their given order).
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut order: Vec<usize> = (0..edits.len()).collect();
    order.sort_by_key(|&i| (edits[i].at, i));
    let mut out =
        String::with_capacity(text.len() + edits.iter().map(|e| e.body.len() + 40).sum::<usize>());
    let mut pos = 0;
    for i in order {
        let e = &edits[i];
        let at = e.at.min(text.len());
        out.push_str(&text[pos..at]);
        pos = at;
        out.push_str(BEGIN);
        out.push_str(&e.tag);
        out.push('\n');
        out.push_str(&e.body);
        if !e.body.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(END);
    }
    out.push_str(&text[pos..]);
    out
}

/// Remove every fenced region. An opener without its `// idet:end` is kept as it is.
pub fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(b) = rest.find(BEGIN) {
        let Some(e) = rest[b..].find(END) else {
            break;
        };
        out.push_str(&rest[..b]);
        rest = &rest[b + e + END.len()..];
    }
    out.push_str(rest);
    out
}

/// Does the text already carry idet regions (an instrumented file)?
pub fn is_instrumented(text: &str) -> bool {
    text.contains("idet:begin")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_undoes_apply_at_line_starts_and_mid_line() {
        let text = "module m;\n  always @(posedge clk) begin x <= y; end\nendmodule\n";
        let edits = vec![
            Edit::new(10, "decl", "wire a;"),
            Edit::new(
                text.find("begin").unwrap(),
                "head",
                "if (f) begin end else\n",
            ),
            Edit::new(
                text.find("endmodule").unwrap(),
                "tail",
                "assign a = 1'b0;\n",
            ),
            Edit::new(text.len(), "eof", "module t; endmodule\n"),
        ];
        let out = apply(text, &edits);
        assert!(out.contains("\n// idet:begin head\nif (f) begin end else\n// idet:end\nbegin x"));
        assert_eq!(strip(&out), text);
    }

    #[test]
    fn equal_offsets_keep_their_order() {
        let out = apply("ab", &[Edit::new(1, "1", "x"), Edit::new(1, "2", "y")]);
        assert!(out.find("begin 1").unwrap() < out.find("begin 2").unwrap());
        assert_eq!(strip(&out), "ab");
    }
}
