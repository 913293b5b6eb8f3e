//! The command line's promises: every subcommand's --help has examples, the exit codes are
//! documented and kept (0 ok, 2 bad input incl. bad options), -q silences and -v adds timings,
//! refusals show the source line with the span underlined.

mod common;

use std::process::{Command, Output};

fn idet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_idet"))
        .current_dir(common::repo())
        .args(args)
        .output()
        .expect("idet runs")
}

const SUBCOMMANDS: [&str; 7] = [
    "analyze",
    "plan",
    "insert",
    "verify",
    "report",
    "profile",
    "deadcheck",
];

#[test]
fn every_subcommand_help_has_examples() {
    for c in SUBCOMMANDS {
        let out = idet(&[c, "--help"]);
        assert!(out.status.success(), "{c} --help");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("Example"),
            "{c} --help has no example:\n{text}"
        );
        assert!(
            text.contains(&format!("idet {c} ")),
            "{c}: examples do not run {c}"
        );
    }
    let top = String::from_utf8_lossy(&idet(&["--help"]).stdout).to_string();
    for code in ["0  success", "1  a check failed", "2  bad input"] {
        assert!(
            top.contains(code),
            "exit code `{code}` not documented:\n{top}"
        );
    }
}

#[test]
fn exit_code_2_for_bad_options_and_bad_input() {
    assert_eq!(
        idet(&["plan", "--no-such-flag", "x.v"]).status.code(),
        Some(2)
    );
    assert_eq!(idet(&["analyze", "no/such/file.v"]).status.code(), Some(2));
    let gcd = "benchmarks-rtl/polyphony/gcd/out/gcd.v";
    let out = idet(&["insert", gcd, "--nvm-word-bits", "12"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--nvm-word-bits must be 8, 16 or 32"));
}

#[test]
fn quiet_and_verbose() {
    let gcd = "benchmarks-rtl/polyphony/gcd/out/gcd.v";
    let tmp = tempfile::tempdir().unwrap();
    let out_v = tmp.path().join("out.v");
    let out_v = out_v.to_str().unwrap();
    let normal = idet(&["insert", gcd, "-o", out_v]);
    assert!(normal.status.success());
    assert!(!normal.stderr.is_empty(), "insert prints its summary");
    let quiet = idet(&["insert", gcd, "-o", out_v, "-q"]);
    assert!(quiet.status.success());
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), "", "-q is silent");
    let verbose = idet(&["-v", "insert", gcd, "-o", out_v]);
    let err = String::from_utf8_lossy(&verbose.stderr);
    for stage in ["timing: read+parse+lower", "timing: analyze+plan+insert"] {
        assert!(err.contains(stage), "-v lacks `{stage}`:\n{err}");
    }
    assert_eq!(idet(&["-q", "-v", "analyze", gcd]).status.code(), Some(2));
}

#[test]
fn refusal_shows_the_source_span() {
    let out = idet(&["analyze", "tests/bad-input/hier_ref/design.v"]);
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("tests/bad-input/hier_ref/design.v:2:30: error: "));
    assert!(
        err.contains("2 |   always @(posedge clk) q <= other.sig;"),
        "{err}"
    );
    // The caret run covers exactly `other.sig`.
    let caret = lines.iter().find(|l| l.contains('^')).expect("underline");
    let col = caret.find('^').unwrap();
    let src = lines.iter().find(|l| l.contains("other.sig")).unwrap();
    assert_eq!(&src[col..col + 9], "other.sig", "{err}");
    assert_eq!(caret.matches('^').count(), 9, "{err}");
}

/// A design that talks through ready/valid streams (Polyphony `@module` Ports): insert gives
/// each stream a sequence counter saved in every checkpoint, and does not mistake
/// `o_sum_ready`/`o_sum_valid` for a Polyphony function handshake (which would make them
/// output-commit events).
#[test]
fn regression_stream_ports_get_sequence_counters_not_handshake_commits() {
    let dir = tempfile::tempdir().unwrap();
    let out_v = dir.path().join("out.v");
    let json = dir.path().join("report.json");
    let out = idet(&[
        "insert",
        "benchmarks-rtl/polyphony/stream_acc/out/stream_acc.v",
        "--report",
        json.to_str().unwrap(),
        "-o",
        out_v.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let streams: Vec<(&str, bool)> = r["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["input"].as_bool().unwrap()))
        .collect();
    assert_eq!(streams, [("i_n", true), ("o_sum", false), ("i_data", true)]);
    assert_eq!(r["commit_outputs"].as_array().unwrap().len(), 0, "{r}");
    let text = std::fs::read_to_string(&out_v).unwrap();
    for p in ["idet_seq_i_n", "idet_seq_o_sum", "idet_seq_i_data"] {
        assert!(text.contains(&format!("output wire [31:0] {p}")), "{p}");
    }
    // Every checkpoint's payload starts with the three counters.
    for c in r["checkpoints"].as_array().unwrap() {
        assert!(c["payload_words"].as_u64().unwrap() >= 3, "{c}");
    }
}

/// An interface file that names start/done and streams is refused: one host protocol.
#[test]
fn verify_refuses_start_done_together_with_streams() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("iface.toml");
    std::fs::write(
        &f,
        "start = \"i_n_valid\"\ndone = \"o_sum_valid\"\n[[streams]]\nvalid = \"i_data_valid\"\n",
    )
    .unwrap();
    let out = idet(&[
        "verify",
        "benchmarks-rtl/polyphony/stream_acc/out/stream_acc.v",
        "--iface",
        f.to_str().unwrap(),
        "--losses",
        "10",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("both start/done and streams"), "{err}");
}

/// nngen resets its logic through a two-flop synchroniser fed by `!RESETN`. The controller was
/// reset by the synchroniser's output only; those flops power up random and are frozen with the
/// design, so the controller could stay unreset (a 91,000-cycle garbage boot on nn_mlp). The
/// reset input itself must reset the controller too.
#[test]
fn regression_synchronised_reset_input_also_resets_the_controller() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("sync_rst.v");
    std::fs::write(
        &v,
        "module sync_rst(input clk, input rst_n, input go, output reg done);\n\
         wire rst_inv = !rst_n;\n\
         reg r1, r2;\n\
         always @(posedge clk) begin r1 <= rst_inv; r2 <= r1; end\n\
         reg [1:0] st;\n\
         always @(posedge clk)\n\
           if (r2) begin st <= 2'd0; done <= 1'b0; end\n\
           else case (st)\n\
             2'd0: if (go) st <= 2'd1;\n\
             2'd1: st <= 2'd2;\n\
             default: begin done <= 1'b1; st <= 2'd0; end\n\
           endcase\n\
         endmodule\n",
    )
    .unwrap();
    let out_v = dir.path().join("out.v");
    let out = idet(&[
        "insert",
        v.to_str().unwrap(),
        "-q",
        "-o",
        out_v.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_v).unwrap();
    assert!(
        text.contains("assign idet_ctrl_rst = ~rst_n | r2;"),
        "{}",
        text.lines()
            .find(|l| l.contains("idet_ctrl_rst ="))
            .unwrap_or("no ctrl_rst")
    );
}
