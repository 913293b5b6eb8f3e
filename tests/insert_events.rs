//! Where a periodic/hybrid insert must be able to commit: the states where a host-visible output
//! can change (`insert::events`), on a small hand-written design whose answer is known.

mod common;

use idet::insert::{InsertOptions, Mode};

/// IDLE -(start)-> LOAD -> RUN -(i == 3)-> DONE -> IDLE. `over` (a name insert does not
/// recognise) is a register written in DONE (so it changes on entering IDLE) and in IDLE (cleared
/// on start: on entering LOAD); `busy_o` is combinational and differs between IDLE and the rest.
const DESIGN: &str = r#"
module ev(input clk, input rst, input start, output reg over, output busy_o, output reg [7:0] q);
  localparam IDLE = 2'd0, LOAD = 2'd1, RUN = 2'd2, DONE = 2'd3;
  reg [1:0] st;
  reg [1:0] i;
  assign busy_o = st != IDLE;
  always @(posedge clk) begin
    if (rst) begin
      st <= IDLE; over <= 1'b0; i <= 2'd0; q <= 8'd0;
    end else begin
      case (st)
        IDLE: if (start) begin over <= 1'b0; st <= LOAD; end
        LOAD: begin i <= 2'd0; st <= RUN; end
        RUN: begin q <= q + 8'd1; i <= i + 2'd1; if (i == 2'd3) st <= DONE; end
        DONE: begin over <= 1'b1; st <= IDLE; end
      endcase
    end
  end
endmodule
"#;

fn event_states(mode: Mode, hold: &[&str]) -> (Vec<String>, Vec<String>) {
    let o = InsertOptions {
        mode,
        hold_outputs: hold.iter().map(|s| s.to_string()).collect(),
        ..InsertOptions::default()
    };
    let report = common::insert_text(DESIGN, "ev", &o);
    let states = report.checkpoints.iter().map(|c| c.state.clone()).collect();
    (report.event_states, states)
}

#[test]
fn jit_adds_the_change_states_where_state_crosses_jobs() {
    // `q` counts on from job to job (read before written after IDLE): JIT commits before each
    // output change (tests/insert_jobs.rs has the decision itself), so it needs the same states.
    let (jit, _) = event_states(Mode::Jit, &["over", "busy_o"]);
    let (periodic, _) = event_states(Mode::Periodic, &["over", "busy_o"]);
    assert!(!jit.is_empty());
    assert_eq!(jit, periodic);
}

#[test]
fn registered_and_combinational_outputs_make_their_change_states_checkpoints() {
    let (added, cks) = event_states(Mode::Periodic, &["over", "busy_o"]);
    let (_, planned) = event_states(Mode::Jit, &["over", "busy_o"]);
    // The plan alone must leave something to add, or this test proves nothing.
    assert!(
        !added.is_empty(),
        "plan {planned:?} already covers every change state"
    );
    // Both outputs change only on entering IDLE or LOAD; RUN (from LOAD or itself) and DONE
    // (from RUN) see neither change.
    for s in ["IDLE", "LOAD"] {
        assert!(cks.iter().any(|c| c == s), "{s} missing from {cks:?}");
    }
    for s in &added {
        assert!(
            s == "IDLE" || s == "LOAD",
            "{s} added needlessly: {added:?}"
        );
    }
}

#[test]
fn outputs_insert_does_not_know_add_nothing() {
    // Without --hold-output, `over` and `busy_o` are not host-visible for insert.
    let (ev, _) = event_states(Mode::Periodic, &[]);
    assert!(ev.is_empty(), "{ev:?}");
}
