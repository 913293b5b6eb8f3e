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
  input logic [31:0] n,
  output logic [31:0] out,
  input logic go,
  input logic clk,
  input logic reset,
  output logic done
);
// COMPONENT START: main
logic [2:0] mem_addr0;
logic [31:0] mem_write_data;
logic mem_write_en;
logic mem_clk;
logic mem_reset;
logic [31:0] mem_read_data;
logic mem_done;
logic [31:0] i_in;
logic i_write_en;
logic i_clk;
logic i_reset;
logic [31:0] i_out;
logic i_done;
logic [31:0] v_in;
logic v_write_en;
logic v_clk;
logic v_reset;
logic [31:0] v_out;
logic v_done;
logic [31:0] s_in;
logic s_write_en;
logic s_clk;
logic s_reset;
logic [31:0] s_out;
logic s_done;
logic [31:0] lt_left;
logic [31:0] lt_right;
logic lt_out;
logic [31:0] add_i_left;
logic [31:0] add_i_right;
logic [31:0] add_i_out;
logic [31:0] add_v_left;
logic [31:0] add_v_right;
logic [31:0] add_v_out;
logic [31:0] idx_in;
logic [2:0] idx_out;
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
logic [3:0] fsm0_in;
logic fsm0_write_en;
logic fsm0_clk;
logic fsm0_reset;
logic [3:0] fsm0_out;
logic fsm0_done;
logic init_fill_go_in;
logic init_fill_go_out;
logic init_fill_done_in;
logic init_fill_done_out;
logic next_fill_go_in;
logic next_fill_go_out;
logic next_fill_done_in;
logic next_fill_done_out;
logic init_sum_go_in;
logic init_sum_go_out;
logic init_sum_done_in;
logic init_sum_done_out;
logic accumulate_go_in;
logic accumulate_go_out;
logic accumulate_done_in;
logic accumulate_done_out;
logic invoke0_go_in;
logic invoke0_go_out;
logic invoke0_done_in;
logic invoke0_done_out;
logic invoke1_go_in;
logic invoke1_go_out;
logic invoke1_done_in;
logic invoke1_done_out;
logic early_reset_below80_go_in;
logic early_reset_below80_go_out;
logic early_reset_below80_done_in;
logic early_reset_below80_done_out;
logic early_reset_below_n0_go_in;
logic early_reset_below_n0_go_out;
logic early_reset_below_n0_done_in;
logic early_reset_below_n0_done_out;
logic wrapper_early_reset_below80_go_in;
logic wrapper_early_reset_below80_go_out;
logic wrapper_early_reset_below80_done_in;
logic wrapper_early_reset_below80_done_out;
logic wrapper_early_reset_below_n0_go_in;
logic wrapper_early_reset_below_n0_go_out;
logic wrapper_early_reset_below_n0_done_in;
logic wrapper_early_reset_below_n0_done_out;
logic tdcc_go_in;
logic tdcc_go_out;
logic tdcc_done_in;
logic tdcc_done_out;
std_mem_d1 # (
    .IDX_SIZE(3),
    .SIZE(8),
    .WIDTH(32)
) mem (
    .addr0(mem_addr0),
    .clk(mem_clk),
    .done(mem_done),
    .read_data(mem_read_data),
    .reset(mem_reset),
    .write_data(mem_write_data),
    .write_en(mem_write_en)
);
std_reg # (
    .WIDTH(32)
) i (
    .clk(i_clk),
    .done(i_done),
    .in(i_in),
    .out(i_out),
    .reset(i_reset),
    .write_en(i_write_en)
);
std_reg # (
    .WIDTH(32)
) v (
    .clk(v_clk),
    .done(v_done),
    .in(v_in),
    .out(v_out),
    .reset(v_reset),
    .write_en(v_write_en)
);
std_reg # (
    .WIDTH(32)
) s (
    .clk(s_clk),
    .done(s_done),
    .in(s_in),
    .out(s_out),
    .reset(s_reset),
    .write_en(s_write_en)
);
std_lt # (
    .WIDTH(32)
) lt (
    .left(lt_left),
    .out(lt_out),
    .right(lt_right)
);
std_add # (
    .WIDTH(32)
) add_i (
    .left(add_i_left),
    .out(add_i_out),
    .right(add_i_right)
);
std_add # (
    .WIDTH(32)
) add_v (
    .left(add_v_left),
    .out(add_v_out),
    .right(add_v_right)
);
std_slice # (
    .IN_WIDTH(32),
    .OUT_WIDTH(3)
) idx (
    .in(idx_in),
    .out(idx_out)
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
    .WIDTH(4)
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
) init_fill_go (
    .in(init_fill_go_in),
    .out(init_fill_go_out)
);
std_wire # (
    .WIDTH(1)
) init_fill_done (
    .in(init_fill_done_in),
    .out(init_fill_done_out)
);
std_wire # (
    .WIDTH(1)
) next_fill_go (
    .in(next_fill_go_in),
    .out(next_fill_go_out)
);
std_wire # (
    .WIDTH(1)
) next_fill_done (
    .in(next_fill_done_in),
    .out(next_fill_done_out)
);
std_wire # (
    .WIDTH(1)
) init_sum_go (
    .in(init_sum_go_in),
    .out(init_sum_go_out)
);
std_wire # (
    .WIDTH(1)
) init_sum_done (
    .in(init_sum_done_in),
    .out(init_sum_done_out)
);
std_wire # (
    .WIDTH(1)
) accumulate_go (
    .in(accumulate_go_in),
    .out(accumulate_go_out)
);
std_wire # (
    .WIDTH(1)
) accumulate_done (
    .in(accumulate_done_in),
    .out(accumulate_done_out)
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
) early_reset_below80_go (
    .in(early_reset_below80_go_in),
    .out(early_reset_below80_go_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_below80_done (
    .in(early_reset_below80_done_in),
    .out(early_reset_below80_done_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_below_n0_go (
    .in(early_reset_below_n0_go_in),
    .out(early_reset_below_n0_go_out)
);
std_wire # (
    .WIDTH(1)
) early_reset_below_n0_done (
    .in(early_reset_below_n0_done_in),
    .out(early_reset_below_n0_done_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_below80_go (
    .in(wrapper_early_reset_below80_go_in),
    .out(wrapper_early_reset_below80_go_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_below80_done (
    .in(wrapper_early_reset_below80_done_in),
    .out(wrapper_early_reset_below80_done_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_below_n0_go (
    .in(wrapper_early_reset_below_n0_go_in),
    .out(wrapper_early_reset_below_n0_go_out)
);
std_wire # (
    .WIDTH(1)
) wrapper_early_reset_below_n0_done (
    .in(wrapper_early_reset_below_n0_done_in),
    .out(wrapper_early_reset_below_n0_done_out)
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
wire _guard1 = accumulate_done_out;
wire _guard2 = ~_guard1;
wire _guard3 = fsm0_out == 4'd7;
wire _guard4 = _guard2 & _guard3;
wire _guard5 = tdcc_go_out;
wire _guard6 = _guard4 & _guard5;
wire _guard7 = wrapper_early_reset_below_n0_go_out;
wire _guard8 = tdcc_done_out;
wire _guard9 = early_reset_below80_go_out;
wire _guard10 = early_reset_below_n0_go_out;
wire _guard11 = _guard9 | _guard10;
wire _guard12 = fsm_out != 1'd0;
wire _guard13 = early_reset_below80_go_out;
wire _guard14 = _guard12 & _guard13;
wire _guard15 = fsm_out == 1'd0;
wire _guard16 = early_reset_below80_go_out;
wire _guard17 = _guard15 & _guard16;
wire _guard18 = fsm_out == 1'd0;
wire _guard19 = early_reset_below_n0_go_out;
wire _guard20 = _guard18 & _guard19;
wire _guard21 = _guard17 | _guard20;
wire _guard22 = fsm_out != 1'd0;
wire _guard23 = early_reset_below_n0_go_out;
wire _guard24 = _guard22 & _guard23;
wire _guard25 = early_reset_below80_go_out;
wire _guard26 = early_reset_below80_go_out;
wire _guard27 = fsm_out == 1'd0;
wire _guard28 = signal_reg_out;
wire _guard29 = _guard27 & _guard28;
wire _guard30 = early_reset_below80_go_out;
wire _guard31 = early_reset_below80_go_out;
wire _guard32 = init_fill_done_out;
wire _guard33 = ~_guard32;
wire _guard34 = fsm0_out == 4'd0;
wire _guard35 = _guard33 & _guard34;
wire _guard36 = tdcc_go_out;
wire _guard37 = _guard35 & _guard36;
wire _guard38 = init_sum_done_out;
wire _guard39 = ~_guard38;
wire _guard40 = fsm0_out == 4'd5;
wire _guard41 = _guard39 & _guard40;
wire _guard42 = tdcc_go_out;
wire _guard43 = _guard41 & _guard42;
wire _guard44 = init_sum_go_out;
wire _guard45 = accumulate_go_out;
wire _guard46 = _guard44 | _guard45;
wire _guard47 = init_sum_go_out;
wire _guard48 = accumulate_go_out;
wire _guard49 = i_done;
wire _guard50 = v_done;
wire _guard51 = _guard49 & _guard50;
wire _guard52 = i_done;
wire _guard53 = v_done;
wire _guard54 = _guard52 & _guard53;
wire _guard55 = wrapper_early_reset_below80_go_out;
wire _guard56 = accumulate_go_out;
wire _guard57 = next_fill_go_out;
wire _guard58 = invoke1_go_out;
wire _guard59 = _guard57 | _guard58;
wire _guard60 = next_fill_go_out;
wire _guard61 = invoke1_go_out;
wire _guard62 = _guard60 | _guard61;
wire _guard63 = accumulate_go_out;
wire _guard64 = early_reset_below_n0_go_out;
wire _guard65 = early_reset_below_n0_go_out;
wire _guard66 = invoke0_done_out;
wire _guard67 = ~_guard66;
wire _guard68 = fsm0_out == 4'd2;
wire _guard69 = _guard67 & _guard68;
wire _guard70 = tdcc_go_out;
wire _guard71 = _guard69 & _guard70;
wire _guard72 = init_fill_go_out;
wire _guard73 = next_fill_go_out;
wire _guard74 = _guard72 | _guard73;
wire _guard75 = init_fill_go_out;
wire _guard76 = next_fill_go_out;
wire _guard77 = fsm0_out == 4'd10;
wire _guard78 = fsm0_out == 4'd0;
wire _guard79 = init_fill_done_out;
wire _guard80 = _guard78 & _guard79;
wire _guard81 = tdcc_go_out;
wire _guard82 = _guard80 & _guard81;
wire _guard83 = _guard77 | _guard82;
wire _guard84 = fsm0_out == 4'd1;
wire _guard85 = wrapper_early_reset_below80_done_out;
wire _guard86 = comb_reg_out;
wire _guard87 = _guard85 & _guard86;
wire _guard88 = _guard84 & _guard87;
wire _guard89 = tdcc_go_out;
wire _guard90 = _guard88 & _guard89;
wire _guard91 = _guard83 | _guard90;
wire _guard92 = fsm0_out == 4'd4;
wire _guard93 = wrapper_early_reset_below80_done_out;
wire _guard94 = comb_reg_out;
wire _guard95 = _guard93 & _guard94;
wire _guard96 = _guard92 & _guard95;
wire _guard97 = tdcc_go_out;
wire _guard98 = _guard96 & _guard97;
wire _guard99 = _guard91 | _guard98;
wire _guard100 = fsm0_out == 4'd2;
wire _guard101 = invoke0_done_out;
wire _guard102 = _guard100 & _guard101;
wire _guard103 = tdcc_go_out;
wire _guard104 = _guard102 & _guard103;
wire _guard105 = _guard99 | _guard104;
wire _guard106 = fsm0_out == 4'd3;
wire _guard107 = next_fill_done_out;
wire _guard108 = _guard106 & _guard107;
wire _guard109 = tdcc_go_out;
wire _guard110 = _guard108 & _guard109;
wire _guard111 = _guard105 | _guard110;
wire _guard112 = fsm0_out == 4'd1;
wire _guard113 = wrapper_early_reset_below80_done_out;
wire _guard114 = comb_reg_out;
wire _guard115 = ~_guard114;
wire _guard116 = _guard113 & _guard115;
wire _guard117 = _guard112 & _guard116;
wire _guard118 = tdcc_go_out;
wire _guard119 = _guard117 & _guard118;
wire _guard120 = _guard111 | _guard119;
wire _guard121 = fsm0_out == 4'd4;
wire _guard122 = wrapper_early_reset_below80_done_out;
wire _guard123 = comb_reg_out;
wire _guard124 = ~_guard123;
wire _guard125 = _guard122 & _guard124;
wire _guard126 = _guard121 & _guard125;
wire _guard127 = tdcc_go_out;
wire _guard128 = _guard126 & _guard127;
wire _guard129 = _guard120 | _guard128;
wire _guard130 = fsm0_out == 4'd5;
wire _guard131 = init_sum_done_out;
wire _guard132 = _guard130 & _guard131;
wire _guard133 = tdcc_go_out;
wire _guard134 = _guard132 & _guard133;
wire _guard135 = _guard129 | _guard134;
wire _guard136 = fsm0_out == 4'd6;
wire _guard137 = wrapper_early_reset_below_n0_done_out;
wire _guard138 = comb_reg0_out;
wire _guard139 = _guard137 & _guard138;
wire _guard140 = _guard136 & _guard139;
wire _guard141 = tdcc_go_out;
wire _guard142 = _guard140 & _guard141;
wire _guard143 = _guard135 | _guard142;
wire _guard144 = fsm0_out == 4'd9;
wire _guard145 = wrapper_early_reset_below_n0_done_out;
wire _guard146 = comb_reg0_out;
wire _guard147 = _guard145 & _guard146;
wire _guard148 = _guard144 & _guard147;
wire _guard149 = tdcc_go_out;
wire _guard150 = _guard148 & _guard149;
wire _guard151 = _guard143 | _guard150;
wire _guard152 = fsm0_out == 4'd7;
wire _guard153 = accumulate_done_out;
wire _guard154 = _guard152 & _guard153;
wire _guard155 = tdcc_go_out;
wire _guard156 = _guard154 & _guard155;
wire _guard157 = _guard151 | _guard156;
wire _guard158 = fsm0_out == 4'd8;
wire _guard159 = invoke1_done_out;
wire _guard160 = _guard158 & _guard159;
wire _guard161 = tdcc_go_out;
wire _guard162 = _guard160 & _guard161;
wire _guard163 = _guard157 | _guard162;
wire _guard164 = fsm0_out == 4'd6;
wire _guard165 = wrapper_early_reset_below_n0_done_out;
wire _guard166 = comb_reg0_out;
wire _guard167 = ~_guard166;
wire _guard168 = _guard165 & _guard167;
wire _guard169 = _guard164 & _guard168;
wire _guard170 = tdcc_go_out;
wire _guard171 = _guard169 & _guard170;
wire _guard172 = _guard163 | _guard171;
wire _guard173 = fsm0_out == 4'd9;
wire _guard174 = wrapper_early_reset_below_n0_done_out;
wire _guard175 = comb_reg0_out;
wire _guard176 = ~_guard175;
wire _guard177 = _guard174 & _guard176;
wire _guard178 = _guard173 & _guard177;
wire _guard179 = tdcc_go_out;
wire _guard180 = _guard178 & _guard179;
wire _guard181 = _guard172 | _guard180;
wire _guard182 = fsm0_out == 4'd2;
wire _guard183 = invoke0_done_out;
wire _guard184 = _guard182 & _guard183;
wire _guard185 = tdcc_go_out;
wire _guard186 = _guard184 & _guard185;
wire _guard187 = fsm0_out == 4'd1;
wire _guard188 = wrapper_early_reset_below80_done_out;
wire _guard189 = comb_reg_out;
wire _guard190 = ~_guard189;
wire _guard191 = _guard188 & _guard190;
wire _guard192 = _guard187 & _guard191;
wire _guard193 = tdcc_go_out;
wire _guard194 = _guard192 & _guard193;
wire _guard195 = fsm0_out == 4'd4;
wire _guard196 = wrapper_early_reset_below80_done_out;
wire _guard197 = comb_reg_out;
wire _guard198 = ~_guard197;
wire _guard199 = _guard196 & _guard198;
wire _guard200 = _guard195 & _guard199;
wire _guard201 = tdcc_go_out;
wire _guard202 = _guard200 & _guard201;
wire _guard203 = _guard194 | _guard202;
wire _guard204 = fsm0_out == 4'd6;
wire _guard205 = wrapper_early_reset_below_n0_done_out;
wire _guard206 = comb_reg0_out;
wire _guard207 = ~_guard206;
wire _guard208 = _guard205 & _guard207;
wire _guard209 = _guard204 & _guard208;
wire _guard210 = tdcc_go_out;
wire _guard211 = _guard209 & _guard210;
wire _guard212 = fsm0_out == 4'd9;
wire _guard213 = wrapper_early_reset_below_n0_done_out;
wire _guard214 = comb_reg0_out;
wire _guard215 = ~_guard214;
wire _guard216 = _guard213 & _guard215;
wire _guard217 = _guard212 & _guard216;
wire _guard218 = tdcc_go_out;
wire _guard219 = _guard217 & _guard218;
wire _guard220 = _guard211 | _guard219;
wire _guard221 = fsm0_out == 4'd3;
wire _guard222 = next_fill_done_out;
wire _guard223 = _guard221 & _guard222;
wire _guard224 = tdcc_go_out;
wire _guard225 = _guard223 & _guard224;
wire _guard226 = fsm0_out == 4'd8;
wire _guard227 = invoke1_done_out;
wire _guard228 = _guard226 & _guard227;
wire _guard229 = tdcc_go_out;
wire _guard230 = _guard228 & _guard229;
wire _guard231 = fsm0_out == 4'd10;
wire _guard232 = fsm0_out == 4'd6;
wire _guard233 = wrapper_early_reset_below_n0_done_out;
wire _guard234 = comb_reg0_out;
wire _guard235 = _guard233 & _guard234;
wire _guard236 = _guard232 & _guard235;
wire _guard237 = tdcc_go_out;
wire _guard238 = _guard236 & _guard237;
wire _guard239 = fsm0_out == 4'd9;
wire _guard240 = wrapper_early_reset_below_n0_done_out;
wire _guard241 = comb_reg0_out;
wire _guard242 = _guard240 & _guard241;
wire _guard243 = _guard239 & _guard242;
wire _guard244 = tdcc_go_out;
wire _guard245 = _guard243 & _guard244;
wire _guard246 = _guard238 | _guard245;
wire _guard247 = fsm0_out == 4'd1;
wire _guard248 = wrapper_early_reset_below80_done_out;
wire _guard249 = comb_reg_out;
wire _guard250 = _guard248 & _guard249;
wire _guard251 = _guard247 & _guard250;
wire _guard252 = tdcc_go_out;
wire _guard253 = _guard251 & _guard252;
wire _guard254 = fsm0_out == 4'd4;
wire _guard255 = wrapper_early_reset_below80_done_out;
wire _guard256 = comb_reg_out;
wire _guard257 = _guard255 & _guard256;
wire _guard258 = _guard254 & _guard257;
wire _guard259 = tdcc_go_out;
wire _guard260 = _guard258 & _guard259;
wire _guard261 = _guard253 | _guard260;
wire _guard262 = fsm0_out == 4'd5;
wire _guard263 = init_sum_done_out;
wire _guard264 = _guard262 & _guard263;
wire _guard265 = tdcc_go_out;
wire _guard266 = _guard264 & _guard265;
wire _guard267 = fsm0_out == 4'd7;
wire _guard268 = accumulate_done_out;
wire _guard269 = _guard267 & _guard268;
wire _guard270 = tdcc_go_out;
wire _guard271 = _guard269 & _guard270;
wire _guard272 = fsm0_out == 4'd0;
wire _guard273 = init_fill_done_out;
wire _guard274 = _guard272 & _guard273;
wire _guard275 = tdcc_go_out;
wire _guard276 = _guard274 & _guard275;
wire _guard277 = accumulate_go_out;
wire _guard278 = invoke0_go_out;
wire _guard279 = _guard277 | _guard278;
wire _guard280 = early_reset_below_n0_go_out;
wire _guard281 = early_reset_below_n0_go_out;
wire _guard282 = invoke1_done_out;
wire _guard283 = ~_guard282;
wire _guard284 = fsm0_out == 4'd8;
wire _guard285 = _guard283 & _guard284;
wire _guard286 = tdcc_go_out;
wire _guard287 = _guard285 & _guard286;
wire _guard288 = wrapper_early_reset_below80_done_out;
wire _guard289 = ~_guard288;
wire _guard290 = fsm0_out == 4'd1;
wire _guard291 = _guard289 & _guard290;
wire _guard292 = tdcc_go_out;
wire _guard293 = _guard291 & _guard292;
wire _guard294 = wrapper_early_reset_below80_done_out;
wire _guard295 = ~_guard294;
wire _guard296 = fsm0_out == 4'd4;
wire _guard297 = _guard295 & _guard296;
wire _guard298 = tdcc_go_out;
wire _guard299 = _guard297 & _guard298;
wire _guard300 = _guard293 | _guard299;
wire _guard301 = init_fill_go_out;
wire _guard302 = next_fill_go_out;
wire _guard303 = _guard301 | _guard302;
wire _guard304 = init_sum_go_out;
wire _guard305 = _guard303 | _guard304;
wire _guard306 = invoke1_go_out;
wire _guard307 = _guard305 | _guard306;
wire _guard308 = init_fill_go_out;
wire _guard309 = init_sum_go_out;
wire _guard310 = _guard308 | _guard309;
wire _guard311 = next_fill_go_out;
wire _guard312 = invoke1_go_out;
wire _guard313 = _guard311 | _guard312;
wire _guard314 = fsm_out == 1'd0;
wire _guard315 = signal_reg_out;
wire _guard316 = _guard314 & _guard315;
wire _guard317 = fsm_out == 1'd0;
wire _guard318 = signal_reg_out;
wire _guard319 = ~_guard318;
wire _guard320 = _guard317 & _guard319;
wire _guard321 = wrapper_early_reset_below80_go_out;
wire _guard322 = _guard320 & _guard321;
wire _guard323 = _guard316 | _guard322;
wire _guard324 = fsm_out == 1'd0;
wire _guard325 = signal_reg_out;
wire _guard326 = ~_guard325;
wire _guard327 = _guard324 & _guard326;
wire _guard328 = wrapper_early_reset_below_n0_go_out;
wire _guard329 = _guard327 & _guard328;
wire _guard330 = _guard323 | _guard329;
wire _guard331 = fsm_out == 1'd0;
wire _guard332 = signal_reg_out;
wire _guard333 = ~_guard332;
wire _guard334 = _guard331 & _guard333;
wire _guard335 = wrapper_early_reset_below80_go_out;
wire _guard336 = _guard334 & _guard335;
wire _guard337 = fsm_out == 1'd0;
wire _guard338 = signal_reg_out;
wire _guard339 = ~_guard338;
wire _guard340 = _guard337 & _guard339;
wire _guard341 = wrapper_early_reset_below_n0_go_out;
wire _guard342 = _guard340 & _guard341;
wire _guard343 = _guard336 | _guard342;
wire _guard344 = fsm_out == 1'd0;
wire _guard345 = signal_reg_out;
wire _guard346 = _guard344 & _guard345;
wire _guard347 = wrapper_early_reset_below_n0_done_out;
wire _guard348 = ~_guard347;
wire _guard349 = fsm0_out == 4'd6;
wire _guard350 = _guard348 & _guard349;
wire _guard351 = tdcc_go_out;
wire _guard352 = _guard350 & _guard351;
wire _guard353 = wrapper_early_reset_below_n0_done_out;
wire _guard354 = ~_guard353;
wire _guard355 = fsm0_out == 4'd9;
wire _guard356 = _guard354 & _guard355;
wire _guard357 = tdcc_go_out;
wire _guard358 = _guard356 & _guard357;
wire _guard359 = _guard352 | _guard358;
wire _guard360 = next_fill_go_out;
wire _guard361 = next_fill_go_out;
wire _guard362 = next_fill_done_out;
wire _guard363 = ~_guard362;
wire _guard364 = fsm0_out == 4'd3;
wire _guard365 = _guard363 & _guard364;
wire _guard366 = tdcc_go_out;
wire _guard367 = _guard365 & _guard366;
wire _guard368 = fsm0_out == 4'd10;
wire _guard369 = invoke0_go_out;
wire _guard370 = accumulate_go_out;
wire _guard371 = invoke0_go_out;
wire _guard372 = _guard370 | _guard371;
wire _guard373 = invoke0_go_out;
wire _guard374 = early_reset_below80_go_out;
wire _guard375 = early_reset_below_n0_go_out;
wire _guard376 = _guard374 | _guard375;
wire _guard377 = early_reset_below_n0_go_out;
wire _guard378 = early_reset_below80_go_out;
wire _guard379 = i_done;
wire _guard380 = s_done;
wire _guard381 = _guard379 & _guard380;
wire _guard382 = fsm_out == 1'd0;
wire _guard383 = signal_reg_out;
wire _guard384 = _guard382 & _guard383;
assign accumulate_go_in = _guard6;
assign early_reset_below_n0_go_in = _guard7;
assign done = _guard8;
assign out = s_out;
assign fsm_write_en = _guard11;
assign fsm_clk = clk;
assign fsm_reset = reset;
assign fsm_in =
  _guard14 ? adder_out :
  _guard21 ? 1'd0 :
  _guard24 ? adder0_out :
  1'd0;
assign adder_left =
  _guard25 ? fsm_out :
  1'd0;
assign adder_right = _guard26;
assign wrapper_early_reset_below_n0_done_in = _guard29;
assign comb_reg_write_en = _guard30;
assign comb_reg_clk = clk;
assign comb_reg_reset = reset;
assign comb_reg_in =
  _guard31 ? lt_out :
  1'd0;
assign init_fill_go_in = _guard37;
assign init_sum_go_in = _guard43;
assign s_write_en = _guard46;
assign s_clk = clk;
assign s_reset = reset;
assign s_in =
  _guard47 ? 32'd0 :
  _guard48 ? add_i_out :
  'x;
assign init_fill_done_in = _guard51;
assign next_fill_done_in = _guard54;
assign early_reset_below80_go_in = _guard55;
assign add_i_left =
  _guard56 ? s_out :
  _guard59 ? i_out :
  'x;
assign add_i_right =
  _guard62 ? 32'd1 :
  _guard63 ? mem_read_data :
  'x;
assign comb_reg0_write_en = _guard64;
assign comb_reg0_clk = clk;
assign comb_reg0_reset = reset;
assign comb_reg0_in =
  _guard65 ? lt_out :
  1'd0;
assign invoke0_go_in = _guard71;
assign tdcc_go_in = go;
assign v_write_en = _guard74;
assign v_clk = clk;
assign v_reset = reset;
assign v_in =
  _guard75 ? 32'd1 :
  _guard76 ? add_v_out :
  'x;
assign fsm0_write_en = _guard181;
assign fsm0_clk = clk;
assign fsm0_reset = reset;
assign fsm0_in =
  _guard186 ? 4'd3 :
  _guard203 ? 4'd5 :
  _guard220 ? 4'd10 :
  _guard225 ? 4'd4 :
  _guard230 ? 4'd9 :
  _guard231 ? 4'd0 :
  _guard246 ? 4'd7 :
  _guard261 ? 4'd2 :
  _guard266 ? 4'd6 :
  _guard271 ? 4'd8 :
  _guard276 ? 4'd1 :
  4'd0;
assign early_reset_below80_done_in = ud_out;
assign idx_in =
  _guard279 ? i_out :
  32'd0;
assign adder0_left =
  _guard280 ? fsm_out :
  1'd0;
assign adder0_right = _guard281;
assign invoke0_done_in = mem_done;
assign invoke1_go_in = _guard287;
assign early_reset_below_n0_done_in = ud0_out;
assign wrapper_early_reset_below80_go_in = _guard300;
assign i_write_en = _guard307;
assign i_clk = clk;
assign i_reset = reset;
assign i_in =
  _guard310 ? 32'd0 :
  _guard313 ? add_i_out :
  'x;
assign signal_reg_write_en = _guard330;
assign signal_reg_clk = clk;
assign signal_reg_reset = reset;
assign signal_reg_in =
  _guard343 ? 1'd1 :
  _guard346 ? 1'd0 :
  1'd0;
assign wrapper_early_reset_below_n0_go_in = _guard359;
assign add_v_left = v_out;
assign add_v_right = 32'd3;
assign next_fill_go_in = _guard367;
assign tdcc_done_in = _guard368;
assign mem_write_en = _guard369;
assign mem_clk = clk;
assign mem_addr0 =
  _guard372 ? idx_out :
  3'd0;
assign mem_reset = reset;
assign mem_write_data = v_out;
assign lt_left =
  _guard376 ? i_out :
  32'd0;
assign lt_right =
  _guard377 ? n :
  _guard378 ? 32'd8 :
  32'd0;
assign invoke1_done_in = i_done;
assign init_sum_done_in = _guard381;
assign accumulate_done_in = s_done;
assign wrapper_early_reset_below80_done_in = _guard384;
// COMPONENT END: main
endmodule
