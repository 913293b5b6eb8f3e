/**
 * Core primitives for Calyx.
 * Implements core primitives used by the compiler.
 *
 * Conventions:
 * - All parameter names must be SNAKE_CASE and all caps.
 * - Port names must be snake_case, no caps.
 */
`default_nettype none

module std_slice #(
    parameter IN_WIDTH  = 32,
    parameter OUT_WIDTH = 32
) (
   input wire                   logic [ IN_WIDTH-1:0] in,
   output logic [OUT_WIDTH-1:0] out
);
  assign out = in[OUT_WIDTH-1:0];

  `ifdef VERILATOR
    always_comb begin
      if (IN_WIDTH < OUT_WIDTH)
        $error(
          "std_slice: Input width less than output width\n",
          "IN_WIDTH: %0d", IN_WIDTH,
          "OUT_WIDTH: %0d", OUT_WIDTH
        );
    end
  `endif
endmodule

module std_pad #(
    parameter IN_WIDTH  = 32,
    parameter OUT_WIDTH = 32
) (
   input wire logic [IN_WIDTH-1:0]  in,
   output logic     [OUT_WIDTH-1:0] out
);
  localparam EXTEND = OUT_WIDTH - IN_WIDTH;
  assign out = { {EXTEND {1'b0}}, in};

  `ifdef VERILATOR
    always_comb begin
      if (IN_WIDTH > OUT_WIDTH)
        $error(
          "std_pad: Output width less than input width\n",
          "IN_WIDTH: %0d", IN_WIDTH,
          "OUT_WIDTH: %0d", OUT_WIDTH
        );
    end
  `endif
endmodule

module std_cat #(
  parameter LEFT_WIDTH  = 32,
  parameter RIGHT_WIDTH = 32,
  parameter OUT_WIDTH = 64
) (
  input wire logic [LEFT_WIDTH-1:0] left,
  input wire logic [RIGHT_WIDTH-1:0] right,
  output logic [OUT_WIDTH-1:0] out
);
  assign out = {left, right};

  `ifdef VERILATOR
    always_comb begin
      if (LEFT_WIDTH + RIGHT_WIDTH != OUT_WIDTH)
        $error(
          "std_cat: Output width must equal sum of input widths\n",
          "LEFT_WIDTH: %0d", LEFT_WIDTH,
          "RIGHT_WIDTH: %0d", RIGHT_WIDTH,
          "OUT_WIDTH: %0d", OUT_WIDTH
        );
    end
  `endif
endmodule

module std_not #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] in,
   output logic [WIDTH-1:0] out
);
  assign out = ~in;
endmodule

module std_and #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left & right;
endmodule

module std_or #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left | right;
endmodule

module std_xor #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left ^ right;
endmodule

module std_sub #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left - right;
endmodule

module std_gt #(
    parameter WIDTH = 32
) (
   input wire   logic [WIDTH-1:0] left,
   input wire   logic [WIDTH-1:0] right,
   output logic out
);
  assign out = left > right;
endmodule

module std_lt #(
    parameter WIDTH = 32
) (
   input wire   logic [WIDTH-1:0] left,
   input wire   logic [WIDTH-1:0] right,
   output logic out
);
  assign out = left < right;
endmodule

module std_eq #(
    parameter WIDTH = 32
) (
   input wire   logic [WIDTH-1:0] left,
   input wire   logic [WIDTH-1:0] right,
   output logic out
);
  assign out = left == right;
endmodule

module std_neq #(
    parameter WIDTH = 32
) (
   input wire   logic [WIDTH-1:0] left,
   input wire   logic [WIDTH-1:0] right,
   output logic out
);
  assign out = left != right;
endmodule

module std_ge #(
    parameter WIDTH = 32
) (
    input wire   logic [WIDTH-1:0] left,
    input wire   logic [WIDTH-1:0] right,
    output logic out
);
  assign out = left >= right;
endmodule

module std_le #(
    parameter WIDTH = 32
) (
   input wire   logic [WIDTH-1:0] left,
   input wire   logic [WIDTH-1:0] right,
   output logic out
);
  assign out = left <= right;
endmodule

module std_lsh #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left << right;
endmodule

module std_rsh #(
    parameter WIDTH = 32
) (
   input wire               logic [WIDTH-1:0] left,
   input wire               logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left >> right;
endmodule

/// this primitive is intended to be used
/// for lowering purposes (not in source programs)
module std_mux #(
    parameter WIDTH = 32
) (
   input wire               logic cond,
   input wire               logic [WIDTH-1:0] tru,
   input wire               logic [WIDTH-1:0] fal,
   output logic [WIDTH-1:0] out
);
  assign out = cond ? tru : fal;
endmodule

module std_mem_d1 #(
    parameter WIDTH = 32,
    parameter SIZE = 16,
    parameter IDX_SIZE = 4
) (
   input wire                logic [IDX_SIZE-1:0] addr0,
   input wire                logic [ WIDTH-1:0] write_data,
   input wire                logic write_en,
   input wire                logic clk,
   input wire                logic reset,
   output logic [ WIDTH-1:0] read_data,
   output logic              done
);

  logic [WIDTH-1:0] mem[SIZE-1:0];

  /* verilator lint_off WIDTH */
  assign read_data = mem[addr0];

  always_ff @(posedge clk) begin
    if (reset)
      done <= '0;
    else if (write_en)
      done <= '1;
    else
      done <= '0;
  end

  always_ff @(posedge clk) begin
    if (!reset && write_en)
      mem[addr0] <= write_data;
  end

  // Check for out of bounds access
  `ifdef VERILATOR
    always_comb begin
      if (addr0 >= SIZE)
        $error(
          "std_mem_d1: Out of bounds access\n",
          "addr0: %0d\n", addr0,
          "SIZE: %0d", SIZE
        );
    end
  `endif
endmodule

module std_mem_d2 #(
    parameter WIDTH = 32,
    parameter D0_SIZE = 16,
    parameter D1_SIZE = 16,
    parameter D0_IDX_SIZE = 4,
    parameter D1_IDX_SIZE = 4
) (
   input wire                logic [D0_IDX_SIZE-1:0] addr0,
   input wire                logic [D1_IDX_SIZE-1:0] addr1,
   input wire                logic [ WIDTH-1:0] write_data,
   input wire                logic write_en,
   input wire                logic clk,
   input wire                logic reset,
   output logic [ WIDTH-1:0] read_data,
   output logic              done
);

  /* verilator lint_off WIDTH */
  logic [WIDTH-1:0] mem[D0_SIZE-1:0][D1_SIZE-1:0];

  assign read_data = mem[addr0][addr1];

  always_ff @(posedge clk) begin
    if (reset)
      done <= '0;
    else if (write_en)
      done <= '1;
    else
      done <= '0;
  end

  always_ff @(posedge clk) begin
    if (!reset && write_en)
      mem[addr0][addr1] <= write_data;
  end

  // Check for out of bounds access
  `ifdef VERILATOR
    always_comb begin
      if (addr0 >= D0_SIZE)
        $error(
          "std_mem_d2: Out of bounds access\n",
          "addr0: %0d\n", addr0,
          "D0_SIZE: %0d", D0_SIZE
        );
      if (addr1 >= D1_SIZE)
        $error(
          "std_mem_d2: Out of bounds access\n",
          "addr1: %0d\n", addr1,
          "D1_SIZE: %0d", D1_SIZE
        );
    end
  `endif
endmodule

module std_mem_d3 #(
    parameter WIDTH = 32,
    parameter D0_SIZE = 16,
    parameter D1_SIZE = 16,
    parameter D2_SIZE = 16,
    parameter D0_IDX_SIZE = 4,
    parameter D1_IDX_SIZE = 4,
    parameter D2_IDX_SIZE = 4
) (
   input wire                logic [D0_IDX_SIZE-1:0] addr0,
   input wire                logic [D1_IDX_SIZE-1:0] addr1,
   input wire                logic [D2_IDX_SIZE-1:0] addr2,
   input wire                logic [ WIDTH-1:0] write_data,
   input wire                logic write_en,
   input wire                logic clk,
   input wire                logic reset,
   output logic [ WIDTH-1:0] read_data,
   output logic              done
);

  /* verilator lint_off WIDTH */
  logic [WIDTH-1:0] mem[D0_SIZE-1:0][D1_SIZE-1:0][D2_SIZE-1:0];

  assign read_data = mem[addr0][addr1][addr2];

  always_ff @(posedge clk) begin
    if (reset)
      done <= '0;
    else if (write_en)
      done <= '1;
    else
      done <= '0;
  end

  always_ff @(posedge clk) begin
    if (!reset && write_en)
      mem[addr0][addr1][addr2] <= write_data;
  end

  // Check for out of bounds access
  `ifdef VERILATOR
    always_comb begin
      if (addr0 >= D0_SIZE)
        $error(
          "std_mem_d3: Out of bounds access\n",
          "addr0: %0d\n", addr0,
          "D0_SIZE: %0d", D0_SIZE
        );
      if (addr1 >= D1_SIZE)
        $error(
          "std_mem_d3: Out of bounds access\n",
          "addr1: %0d\n", addr1,
          "D1_SIZE: %0d", D1_SIZE
        );
      if (addr2 >= D2_SIZE)
        $error(
          "std_mem_d3: Out of bounds access\n",
          "addr2: %0d\n", addr2,
          "D2_SIZE: %0d", D2_SIZE
        );
    end
  `endif
endmodule

module std_mem_d4 #(
    parameter WIDTH = 32,
    parameter D0_SIZE = 16,
    parameter D1_SIZE = 16,
    parameter D2_SIZE = 16,
    parameter D3_SIZE = 16,
    parameter D0_IDX_SIZE = 4,
    parameter D1_IDX_SIZE = 4,
    parameter D2_IDX_SIZE = 4,
    parameter D3_IDX_SIZE = 4
) (
   input wire                logic [D0_IDX_SIZE-1:0] addr0,
   input wire                logic [D1_IDX_SIZE-1:0] addr1,
   input wire                logic [D2_IDX_SIZE-1:0] addr2,
   input wire                logic [D3_IDX_SIZE-1:0] addr3,
   input wire                logic [ WIDTH-1:0] write_data,
   input wire                logic write_en,
   input wire                logic clk,
   input wire                logic reset,
   output logic [ WIDTH-1:0] read_data,
   output logic              done
);

  /* verilator lint_off WIDTH */
  logic [WIDTH-1:0] mem[D0_SIZE-1:0][D1_SIZE-1:0][D2_SIZE-1:0][D3_SIZE-1:0];

  assign read_data = mem[addr0][addr1][addr2][addr3];

  always_ff @(posedge clk) begin
    if (reset)
      done <= '0;
    else if (write_en)
      done <= '1;
    else
      done <= '0;
  end

  always_ff @(posedge clk) begin
    if (!reset && write_en)
      mem[addr0][addr1][addr2][addr3] <= write_data;
  end

  // Check for out of bounds access
  `ifdef VERILATOR
    always_comb begin
      if (addr0 >= D0_SIZE)
        $error(
          "std_mem_d4: Out of bounds access\n",
          "addr0: %0d\n", addr0,
          "D0_SIZE: %0d", D0_SIZE
        );
      if (addr1 >= D1_SIZE)
        $error(
          "std_mem_d4: Out of bounds access\n",
          "addr1: %0d\n", addr1,
          "D1_SIZE: %0d", D1_SIZE
        );
      if (addr2 >= D2_SIZE)
        $error(
          "std_mem_d4: Out of bounds access\n",
          "addr2: %0d\n", addr2,
          "D2_SIZE: %0d", D2_SIZE
        );
      if (addr3 >= D3_SIZE)
        $error(
          "std_mem_d4: Out of bounds access\n",
          "addr3: %0d\n", addr3,
          "D3_SIZE: %0d", D3_SIZE
        );
    end
  `endif
endmodule

`default_nettype wire

module undef #(
    parameter WIDTH = 32
) (
   output logic [WIDTH-1:0] out
);
assign out = 'x;
endmodule

module std_const #(
    parameter WIDTH = 32,
    parameter VALUE = 32
) (
   output logic [WIDTH-1:0] out
);
assign out = VALUE;
endmodule

module std_wire #(
    parameter WIDTH = 32
) (
   input logic [WIDTH-1:0] in,
   output logic [WIDTH-1:0] out
);
assign out = in;
endmodule

module std_add #(
    parameter WIDTH = 32
) (
   input logic [WIDTH-1:0] left,
   input logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
assign out = left + right;
endmodule

module std_reg #(
    parameter WIDTH = 32
) (
   input logic [WIDTH-1:0] in,
   input logic write_en,
   input logic clk,
   input logic reset,
   output logic [WIDTH-1:0] out,
   output logic done
);
always_ff @(posedge clk) begin
    if (reset) begin
       out <= 0;
       done <= 0;
    end else if (write_en) begin
      out <= in;
      done <= 1'd1;
    end else done <= 1'd0;
  end
endmodule

module main(
  input logic [31:0] x,
  input logic [31:0] y,
  output logic [31:0] out,
  input logic go,
  input logic clk,
  input logic reset,
  output logic done
);
// COMPONENT START: main
logic [31:0] a_in;
logic a_write_en;
logic a_clk;
logic a_reset;
logic [31:0] a_out;
logic a_done;
logic [31:0] b_in;
logic b_write_en;
logic b_clk;
logic b_reset;
logic [31:0] b_out;
logic b_done;
logic [31:0] neq_left;
logic [31:0] neq_right;
logic neq_out;
logic [31:0] lt_left;
logic [31:0] lt_right;
logic lt_out;
logic [31:0] sub_a_left;
logic [31:0] sub_a_right;
logic [31:0] sub_a_out;
logic comb_reg_in;
logic comb_reg_write_en;
logic comb_reg_clk;
logic comb_reg_reset;
logic comb_reg_out;
logic comb_reg_done;
logic comb_reg0_in;
logic comb_reg0_write_en;
logic comb_reg0_clk;
logic comb_reg0_reset;
logic comb_reg0_out;
logic comb_reg0_done;
logic fsm_in;
logic fsm_write_en;
logic fsm_clk;
logic fsm_reset;
logic fsm_out;
logic fsm_done;
logic ud_out;
logic adder_left;
logic adder_right;
logic adder_out;
logic ud0_out;
logic adder0_left;
logic adder0_right;
logic adder0_out;
logic signal_reg_in;
logic signal_reg_write_en;
logic signal_reg_clk;
logic signal_reg_reset;
logic signal_reg_out;
logic signal_reg_done;
logic [2:0] fsm0_in;
logic fsm0_write_en;
logic fsm0_clk;
logic fsm0_reset;
logic [2:0] fsm0_out;
logic fsm0_done;
logic init_go_in;
logic init_go_out;
logic init_done_in;
logic init_done_out;
logic invoke0_go_in;
logic invoke0_go_out;
logic invoke0_done_in;
logic invoke0_done_out;
logic invoke1_go_in;
logic invoke1_go_out;
logic invoke1_done_in;
logic invoke1_done_out;
logic early_reset_differ0_go_in;
logic early_reset_differ0_go_out;
logic early_reset_differ0_done_in;
logic early_reset_differ0_done_out;
logic early_reset_a_below0_go_in;
logic early_reset_a_below0_go_out;
logic early_reset_a_below0_done_in;
logic early_reset_a_below0_done_out;
logic wrapper_early_reset_differ0_go_in;
logic wrapper_early_reset_differ0_go_out;
logic wrapper_early_reset_differ0_done_in;
logic wrapper_early_reset_differ0_done_out;
logic wrapper_early_reset_a_below0_go_in;
logic wrapper_early_reset_a_below0_go_out;
logic wrapper_early_reset_a_below0_done_in;
logic wrapper_early_reset_a_below0_done_out;
logic tdcc_go_in;
logic tdcc_go_out;
logic tdcc_done_in;
logic tdcc_done_out;
std_reg # (
    .WIDTH(32)
) a (
    .clk(a_clk),
    .done(a_done),
    .in(a_in),
    .out(a_out),
    .reset(a_reset),
    .write_en(a_write_en)
);
std_reg # (
    .WIDTH(32)
) b (
    .clk(b_clk),
    .done(b_done),
    .in(b_in),
    .out(b_out),
    .reset(b_reset),
    .write_en(b_write_en)
);
std_neq # (
    .WIDTH(32)
) neq (
    .left(neq_left),
    .out(neq_out),
    .right(neq_right)
);
std_lt # (
    .WIDTH(32)
) lt (
    .left(lt_left),
    .out(lt_out),
    .right(lt_right)
);
std_sub # (
    .WIDTH(32)
) sub_a (
    .left(sub_a_left),
    .out(sub_a_out),
    .right(sub_a_right)
);
std_reg # (
    .WIDTH(1)
) comb_reg (
    .clk(comb_reg_clk),
    .done(comb_reg_done),
    .in(comb_reg_in),
    .out(comb_reg_out),
    .reset(comb_reg_reset),
    .write_en(comb_reg_write_en)
);
std_reg # (
    .WIDTH(1)
) comb_reg0 (
    .clk(comb_reg0_clk),
    .done(comb_reg0_done),
    .in(comb_reg0_in),
    .out(comb_reg0_out),
    .reset(comb_reg0_reset),
    .write_en(comb_reg0_write_en)
);
std_reg # (
    .WIDTH(1)
) fsm (
    .clk(fsm_clk),
    .done(fsm_done),
    .in(fsm_in),
    .out(fsm_out),
    .reset(fsm_reset),
    .write_en(fsm_write_en)
);
undef # (
    .WIDTH(1)
) ud (
    .out(ud_out)
);
std_add # (
    .WIDTH(1)
) adder (
    .left(adder_left),
    .out(adder_out),
    .right(adder_right)
);
undef # (
    .WIDTH(1)
) ud0 (
    .out(ud0_out)
);
std_add # (
    .WIDTH(1)
) adder0 (
    .left(adder0_left),
    .out(adder0_out),
    .right(adder0_right)
);
std_reg # (
    .WIDTH(1)
) signal_reg (
    .clk(signal_reg_clk),
    .done(signal_reg_done),
    .in(signal_reg_in),
    .out(signal_reg_out),
    .reset(signal_reg_reset),
    .write_en(signal_reg_write_en)
);
std_reg # (
    .WIDTH(3)
) fsm0 (
    .clk(fsm0_clk),
    .done(fsm0_done),
    .in(fsm0_in),
    .out(fsm0_out),
    .reset(fsm0_reset),
    .write_en(fsm0_write_en)
);
std_wire # (
    .WIDTH(1)
) init_go (
    .in(init_go_in),
    .out(init_go_out)
);
std_wire # (
    .WIDTH(1)
) init_done (
    .in(init_done_in),
    .out(init_done_out)
);
std_wire # (
    .WIDTH(1)
) invoke0_go (
    .in(invoke0_go_in),
    .out(invoke0_go_out)
);
std_wire # (
    .WIDTH(1)
) invoke0_done (
    .in(invoke0_done_in),
    .out(invoke0_done_out)
);
std_wire # (
    .WIDTH(1)
) invoke1_go (
    .in(invoke1_go_in),
    .out(invoke1_go_out)
);
std_wire # (
    .WIDTH(1)
) invoke1_done (
    .in(invoke1_done_in),
    .out(invoke1_done_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_differ0_go (
    .in(early_reset_differ0_go_in),
    .out(early_reset_differ0_go_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_differ0_done (
    .in(early_reset_differ0_done_in),
    .out(early_reset_differ0_done_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_a_below0_go (
    .in(early_reset_a_below0_go_in),
    .out(early_reset_a_below0_go_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_a_below0_done (
    .in(early_reset_a_below0_done_in),
    .out(early_reset_a_below0_done_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_differ0_go (
    .in(wrapper_early_reset_differ0_go_in),
    .out(wrapper_early_reset_differ0_go_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_differ0_done (
    .in(wrapper_early_reset_differ0_done_in),
    .out(wrapper_early_reset_differ0_done_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_a_below0_go (
    .in(wrapper_early_reset_a_below0_go_in),
    .out(wrapper_early_reset_a_below0_go_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_a_below0_done (
    .in(wrapper_early_reset_a_below0_done_in),
    .out(wrapper_early_reset_a_below0_done_out)
);
std_wire # (
    .WIDTH(1)
) tdcc_go (
    .in(tdcc_go_in),
    .out(tdcc_go_out)
);
std_wire # (
    .WIDTH(1)
) tdcc_done (
    .in(tdcc_done_in),
    .out(tdcc_done_out)
);
wire _guard0 = 1;
wire _guard1 = early_reset_differ0_go_out;
wire _guard2 = early_reset_differ0_go_out;
wire _guard3 = invoke0_go_out;
wire _guard4 = invoke1_go_out;
wire _guard5 = invoke1_go_out;
wire _guard6 = invoke0_go_out;
wire _guard7 = tdcc_done_out;
wire _guard8 = early_reset_differ0_go_out;
wire _guard9 = early_reset_a_below0_go_out;
wire _guard10 = _guard8 | _guard9;
wire _guard11 = fsm_out != 1'd0;
wire _guard12 = early_reset_differ0_go_out;
wire _guard13 = _guard11 & _guard12;
wire _guard14 = fsm_out == 1'd0;
wire _guard15 = early_reset_differ0_go_out;
wire _guard16 = _guard14 & _guard15;
wire _guard17 = fsm_out == 1'd0;
wire _guard18 = early_reset_a_below0_go_out;
wire _guard19 = _guard17 & _guard18;
wire _guard20 = _guard16 | _guard19;
wire _guard21 = fsm_out != 1'd0;
wire _guard22 = early_reset_a_below0_go_out;
wire _guard23 = _guard21 & _guard22;
wire _guard24 = early_reset_differ0_go_out;
wire _guard25 = early_reset_differ0_go_out;
wire _guard26 = init_done_out;
wire _guard27 = ~_guard26;
wire _guard28 = fsm0_out == 3'd0;
wire _guard29 = _guard27 & _guard28;
wire _guard30 = tdcc_go_out;
wire _guard31 = _guard29 & _guard30;
wire _guard32 = init_go_out;
wire _guard33 = invoke0_go_out;
wire _guard34 = _guard32 | _guard33;
wire _guard35 = invoke0_go_out;
wire _guard36 = init_go_out;
wire _guard37 = early_reset_differ0_go_out;
wire _guard38 = early_reset_differ0_go_out;
wire _guard39 = wrapper_early_reset_differ0_go_out;
wire _guard40 = init_go_out;
wire _guard41 = invoke1_go_out;
wire _guard42 = _guard40 | _guard41;
wire _guard43 = invoke1_go_out;
wire _guard44 = init_go_out;
wire _guard45 = early_reset_a_below0_go_out;
wire _guard46 = early_reset_a_below0_go_out;
wire _guard47 = invoke0_done_out;
wire _guard48 = ~_guard47;
wire _guard49 = fsm0_out == 3'd3;
wire _guard50 = _guard48 & _guard49;
wire _guard51 = tdcc_go_out;
wire _guard52 = _guard50 & _guard51;
wire _guard53 = fsm0_out == 3'd6;
wire _guard54 = fsm0_out == 3'd0;
wire _guard55 = init_done_out;
wire _guard56 = _guard54 & _guard55;
wire _guard57 = tdcc_go_out;
wire _guard58 = _guard56 & _guard57;
wire _guard59 = _guard53 | _guard58;
wire _guard60 = fsm0_out == 3'd1;
wire _guard61 = wrapper_early_reset_differ0_done_out;
wire _guard62 = comb_reg_out;
wire _guard63 = _guard61 & _guard62;
wire _guard64 = _guard60 & _guard63;
wire _guard65 = tdcc_go_out;
wire _guard66 = _guard64 & _guard65;
wire _guard67 = _guard59 | _guard66;
wire _guard68 = fsm0_out == 3'd5;
wire _guard69 = wrapper_early_reset_differ0_done_out;
wire _guard70 = comb_reg_out;
wire _guard71 = _guard69 & _guard70;
wire _guard72 = _guard68 & _guard71;
wire _guard73 = tdcc_go_out;
wire _guard74 = _guard72 & _guard73;
wire _guard75 = _guard67 | _guard74;
wire _guard76 = fsm0_out == 3'd2;
wire _guard77 = wrapper_early_reset_a_below0_done_out;
wire _guard78 = comb_reg0_out;
wire _guard79 = _guard77 & _guard78;
wire _guard80 = _guard76 & _guard79;
wire _guard81 = tdcc_go_out;
wire _guard82 = _guard80 & _guard81;
wire _guard83 = _guard75 | _guard82;
wire _guard84 = fsm0_out == 3'd2;
wire _guard85 = wrapper_early_reset_a_below0_done_out;
wire _guard86 = comb_reg0_out;
wire _guard87 = ~_guard86;
wire _guard88 = _guard85 & _guard87;
wire _guard89 = _guard84 & _guard88;
wire _guard90 = tdcc_go_out;
wire _guard91 = _guard89 & _guard90;
wire _guard92 = _guard83 | _guard91;
wire _guard93 = fsm0_out == 3'd3;
wire _guard94 = invoke0_done_out;
wire _guard95 = _guard93 & _guard94;
wire _guard96 = tdcc_go_out;
wire _guard97 = _guard95 & _guard96;
wire _guard98 = _guard92 | _guard97;
wire _guard99 = fsm0_out == 3'd4;
wire _guard100 = invoke1_done_out;
wire _guard101 = _guard99 & _guard100;
wire _guard102 = tdcc_go_out;
wire _guard103 = _guard101 & _guard102;
wire _guard104 = _guard98 | _guard103;
wire _guard105 = fsm0_out == 3'd1;
wire _guard106 = wrapper_early_reset_differ0_done_out;
wire _guard107 = comb_reg_out;
wire _guard108 = ~_guard107;
wire _guard109 = _guard106 & _guard108;
wire _guard110 = _guard105 & _guard109;
wire _guard111 = tdcc_go_out;
wire _guard112 = _guard110 & _guard111;
wire _guard113 = _guard104 | _guard112;
wire _guard114 = fsm0_out == 3'd5;
wire _guard115 = wrapper_early_reset_differ0_done_out;
wire _guard116 = comb_reg_out;
wire _guard117 = ~_guard116;
wire _guard118 = _guard115 & _guard117;
wire _guard119 = _guard114 & _guard118;
wire _guard120 = tdcc_go_out;
wire _guard121 = _guard119 & _guard120;
wire _guard122 = _guard113 | _guard121;
wire _guard123 = fsm0_out == 3'd1;
wire _guard124 = wrapper_early_reset_differ0_done_out;
wire _guard125 = comb_reg_out;
wire _guard126 = ~_guard125;
wire _guard127 = _guard124 & _guard126;
wire _guard128 = _guard123 & _guard127;
wire _guard129 = tdcc_go_out;
wire _guard130 = _guard128 & _guard129;
wire _guard131 = fsm0_out == 3'd5;
wire _guard132 = wrapper_early_reset_differ0_done_out;
wire _guard133 = comb_reg_out;
wire _guard134 = ~_guard133;
wire _guard135 = _guard132 & _guard134;
wire _guard136 = _guard131 & _guard135;
wire _guard137 = tdcc_go_out;
wire _guard138 = _guard136 & _guard137;
wire _guard139 = _guard130 | _guard138;
wire _guard140 = fsm0_out == 3'd3;
wire _guard141 = invoke0_done_out;
wire _guard142 = _guard140 & _guard141;
wire _guard143 = tdcc_go_out;
wire _guard144 = _guard142 & _guard143;
wire _guard145 = fsm0_out == 3'd4;
wire _guard146 = invoke1_done_out;
wire _guard147 = _guard145 & _guard146;
wire _guard148 = tdcc_go_out;
wire _guard149 = _guard147 & _guard148;
wire _guard150 = _guard144 | _guard149;
wire _guard151 = fsm0_out == 3'd1;
wire _guard152 = wrapper_early_reset_differ0_done_out;
wire _guard153 = comb_reg_out;
wire _guard154 = _guard152 & _guard153;
wire _guard155 = _guard151 & _guard154;
wire _guard156 = tdcc_go_out;
wire _guard157 = _guard155 & _guard156;
wire _guard158 = fsm0_out == 3'd5;
wire _guard159 = wrapper_early_reset_differ0_done_out;
wire _guard160 = comb_reg_out;
wire _guard161 = _guard159 & _guard160;
wire _guard162 = _guard158 & _guard161;
wire _guard163 = tdcc_go_out;
wire _guard164 = _guard162 & _guard163;
wire _guard165 = _guard157 | _guard164;
wire _guard166 = fsm0_out == 3'd2;
wire _guard167 = wrapper_early_reset_a_below0_done_out;
wire _guard168 = comb_reg0_out;
wire _guard169 = ~_guard168;
wire _guard170 = _guard167 & _guard169;
wire _guard171 = _guard166 & _guard170;
wire _guard172 = tdcc_go_out;
wire _guard173 = _guard171 & _guard172;
wire _guard174 = fsm0_out == 3'd6;
wire _guard175 = fsm0_out == 3'd0;
wire _guard176 = init_done_out;
wire _guard177 = _guard175 & _guard176;
wire _guard178 = tdcc_go_out;
wire _guard179 = _guard177 & _guard178;
wire _guard180 = fsm0_out == 3'd2;
wire _guard181 = wrapper_early_reset_a_below0_done_out;
wire _guard182 = comb_reg0_out;
wire _guard183 = _guard181 & _guard182;
wire _guard184 = _guard180 & _guard183;
wire _guard185 = tdcc_go_out;
wire _guard186 = _guard184 & _guard185;
wire _guard187 = early_reset_a_below0_go_out;
wire _guard188 = early_reset_a_below0_go_out;
wire _guard189 = a_done;
wire _guard190 = b_done;
wire _guard191 = _guard189 & _guard190;
wire _guard192 = invoke1_done_out;
wire _guard193 = ~_guard192;
wire _guard194 = fsm0_out == 3'd4;
wire _guard195 = _guard193 & _guard194;
wire _guard196 = tdcc_go_out;
wire _guard197 = _guard195 & _guard196;
wire _guard198 = wrapper_early_reset_a_below0_done_out;
wire _guard199 = ~_guard198;
wire _guard200 = fsm0_out == 3'd2;
wire _guard201 = _guard199 & _guard200;
wire _guard202 = tdcc_go_out;
wire _guard203 = _guard201 & _guard202;
wire _guard204 = fsm_out == 1'd0;
wire _guard205 = signal_reg_out;
wire _guard206 = _guard204 & _guard205;
wire _guard207 = fsm_out == 1'd0;
wire _guard208 = signal_reg_out;
wire _guard209 = ~_guard208;
wire _guard210 = _guard207 & _guard209;
wire _guard211 = wrapper_early_reset_differ0_go_out;
wire _guard212 = _guard210 & _guard211;
wire _guard213 = _guard206 | _guard212;
wire _guard214 = fsm_out == 1'd0;
wire _guard215 = signal_reg_out;
wire _guard216 = ~_guard215;
wire _guard217 = _guard214 & _guard216;
wire _guard218 = wrapper_early_reset_a_below0_go_out;
wire _guard219 = _guard217 & _guard218;
wire _guard220 = _guard213 | _guard219;
wire _guard221 = fsm_out == 1'd0;
wire _guard222 = signal_reg_out;
wire _guard223 = ~_guard222;
wire _guard224 = _guard221 & _guard223;
wire _guard225 = wrapper_early_reset_differ0_go_out;
wire _guard226 = _guard224 & _guard225;
wire _guard227 = fsm_out == 1'd0;
wire _guard228 = signal_reg_out;
wire _guard229 = ~_guard228;
wire _guard230 = _guard227 & _guard229;
wire _guard231 = wrapper_early_reset_a_below0_go_out;
wire _guard232 = _guard230 & _guard231;
wire _guard233 = _guard226 | _guard232;
wire _guard234 = fsm_out == 1'd0;
wire _guard235 = signal_reg_out;
wire _guard236 = _guard234 & _guard235;
wire _guard237 = fsm0_out == 3'd6;
wire _guard238 = early_reset_a_below0_go_out;
wire _guard239 = early_reset_a_below0_go_out;
wire _guard240 = fsm_out == 1'd0;
wire _guard241 = signal_reg_out;
wire _guard242 = _guard240 & _guard241;
wire _guard243 = wrapper_early_reset_a_below0_go_out;
wire _guard244 = wrapper_early_reset_differ0_done_out;
wire _guard245 = ~_guard244;
wire _guard246 = fsm0_out == 3'd1;
wire _guard247 = _guard245 & _guard246;
wire _guard248 = tdcc_go_out;
wire _guard249 = _guard247 & _guard248;
wire _guard250 = wrapper_early_reset_differ0_done_out;
wire _guard251 = ~_guard250;
wire _guard252 = fsm0_out == 3'd5;
wire _guard253 = _guard251 & _guard252;
wire _guard254 = tdcc_go_out;
wire _guard255 = _guard253 & _guard254;
wire _guard256 = _guard249 | _guard255;
wire _guard257 = fsm_out == 1'd0;
wire _guard258 = signal_reg_out;
wire _guard259 = _guard257 & _guard258;
assign neq_left =
  _guard1 ? a_out :
  32'd0;
assign neq_right =
  _guard2 ? b_out :
  32'd0;
assign sub_a_left =
  _guard3 ? b_out :
  _guard4 ? a_out :
  'x;
assign sub_a_right =
  _guard5 ? b_out :
  _guard6 ? a_out :
  'x;
assign done = _guard7;
assign out = a_out;
assign fsm_write_en = _guard10;
assign fsm_clk = clk;
assign fsm_reset = reset;
assign fsm_in =
  _guard13 ? adder_out :
  _guard20 ? 1'd0 :
  _guard23 ? adder0_out :
  1'd0;
assign adder_left =
  _guard24 ? fsm_out :
  1'd0;
assign adder_right = _guard25;
assign init_go_in = _guard31;
assign b_write_en = _guard34;
assign b_clk = clk;
assign b_reset = reset;
assign b_in =
  _guard35 ? sub_a_out :
  _guard36 ? y :
  'x;
assign comb_reg_write_en = _guard37;
assign comb_reg_clk = clk;
assign comb_reg_reset = reset;
assign comb_reg_in =
  _guard38 ? neq_out :
  1'd0;
assign early_reset_differ0_go_in = _guard39;
assign early_reset_a_below0_done_in = ud0_out;
assign a_write_en = _guard42;
assign a_clk = clk;
assign a_reset = reset;
assign a_in =
  _guard43 ? sub_a_out :
  _guard44 ? x :
  'x;
assign comb_reg0_write_en = _guard45;
assign comb_reg0_clk = clk;
assign comb_reg0_reset = reset;
assign comb_reg0_in =
  _guard46 ? lt_out :
  1'd0;
assign invoke0_go_in = _guard52;
assign tdcc_go_in = go;
assign fsm0_write_en = _guard122;
assign fsm0_clk = clk;
assign fsm0_reset = reset;
assign fsm0_in =
  _guard139 ? 3'd6 :
  _guard150 ? 3'd5 :
  _guard165 ? 3'd2 :
  _guard173 ? 3'd4 :
  _guard174 ? 3'd0 :
  _guard179 ? 3'd1 :
  _guard186 ? 3'd3 :
  3'd0;
assign adder0_left =
  _guard187 ? fsm_out :
  1'd0;
assign adder0_right = _guard188;
assign init_done_in = _guard191;
assign invoke0_done_in = b_done;
assign invoke1_go_in = _guard197;
assign early_reset_differ0_done_in = ud_out;
assign wrapper_early_reset_a_below0_go_in = _guard203;
assign signal_reg_write_en = _guard220;
assign signal_reg_clk = clk;
assign signal_reg_reset = reset;
assign signal_reg_in =
  _guard233 ? 1'd1 :
  _guard236 ? 1'd0 :
  1'd0;
assign tdcc_done_in = _guard237;
assign lt_left =
  _guard238 ? a_out :
  32'd0;
assign lt_right =
  _guard239 ? b_out :
  32'd0;
assign wrapper_early_reset_a_below0_done_in = _guard242;
assign invoke1_done_in = a_done;
assign early_reset_a_below0_go_in = _guard243;
assign wrapper_early_reset_differ0_go_in = _guard256;
assign wrapper_early_reset_differ0_done_in = _guard259;
// COMPONENT END: main
endmodule
