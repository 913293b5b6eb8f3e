//! JIT and state carried across jobs (`insert::jobs`): which registers a job reads that an
//! earlier job left, and the rule the JIT controller gets for it — erase older checkpoints at an
//! output change (nothing crosses) or commit before each change (MODE 3). Hand-written designs
//! in the style of an HLS handshake (start/done registers), one per case, answer known.

mod common;

use idet::insert::InsertOptions;

/// IDLE -(start)-> RUN (i counts to 3) -> FIN -> IDLE; `done` pulses in the cycle after FIN,
/// `res` is the result the host reads with it. `{LOAD}` is what the start edge does besides
/// `i <= 0`, `{FIN}` what FIN does besides raising `done`.
const DESIGN: &str = r#"
module job(input clk, input rst, input start, input [7:0] x, output reg done, output reg [7:0] res);
  localparam IDLE = 2'd0, RUN = 2'd1, FIN = 2'd2;
  reg [1:0] st;
  reg [1:0] i;
  reg [7:0] acc, keep;
  always @(posedge clk) begin
    if (rst) begin
      st <= IDLE; done <= 1'b0; i <= 2'd0; acc <= 8'd0; keep <= 8'd0; res <= 8'd0;
    end else begin
      done <= 1'b0;
      case (st)
        IDLE: if (start) begin i <= 2'd0; {LOAD} st <= RUN; end
        RUN: begin acc <= acc + x; i <= i + 2'd1; if (i == 2'd3) st <= FIN; end
        FIN: begin done <= 1'b1; {FIN} st <= IDLE; end
        default: st <= IDLE;
      endcase
    end
  end
endmodule
"#;

/// (controller MODE, the report's rule, its reason) for the design with these fragments.
fn decide(load: &str, fin: &str) -> (u32, String, String) {
    let text = DESIGN.replace("{LOAD}", load).replace("{FIN}", fin);
    let r = common::insert_text(&text, "job", &InsertOptions::default());
    (r.controller_mode, r.jit_output_rule, r.jit_output_rule_why)
}

#[test]
fn a_job_that_starts_afresh_keeps_the_erase_rule() {
    // acc cleared at start, the result written with done: nothing crosses.
    let (mode, rule, why) = decide("acc <= 8'd0;", "res <= acc;");
    assert_eq!((mode, rule.as_str()), (0, "erase"), "{why}");
}

#[test]
fn a_running_sum_across_jobs_is_committed() {
    // acc is never cleared: each job adds to what the last one left.
    let (mode, rule, why) = decide("", "res <= acc;");
    assert_eq!((mode, rule.as_str()), (3, "commit"), "{why}");
    assert!(why.contains("acc"), "{why}");
}

#[test]
fn state_seen_only_through_the_result_is_found() {
    // `keep` (a static variable) is only ever copied to the result, never read by the logic
    // otherwise: it crosses jobs through what the host reads with `done`.
    let (mode, _, why) = decide("acc <= 8'd0;", "res <= keep; keep <= acc;");
    assert_eq!(mode, 3, "{why}");
    assert!(why.contains("keep"), "{why}");
}

#[test]
fn a_result_register_left_from_the_last_job_is_not_state() {
    // `res` holds the last result while idle, but the host reads it only with `done`, and
    // every job rewrites it first: the erase rule stays.
    let (mode, _, why) = decide("acc <= 8'd0;", "res <= acc + 8'd1;");
    assert_eq!(mode, 0, "{why}");
}
