module loop_nest
  (
    input wire clk,
    input wire rst,
    input wire loop_nest_ready,
    input wire loop_nest_accept,
    output reg loop_nest_valid,
    input wire signed [31:0] loop_nest_in_n,
    output reg signed [31:0] loop_nest_out_0
  );

  //localparams
  localparam loop_nest_b1_INIT = 0;
  localparam loop_nest_b1_S0 = 1;
  localparam loop_nest_b1_S1 = 2;
  localparam loop_nest_forelse10_FINISH = 3;
  localparam loop_nest_L1_fortest2_S0 = 4;
  localparam loop_nest_L1_forbody3_S0 = 5;
  localparam loop_nest_L1_forbody3_S1 = 6;
  localparam loop_nest_L1_forelse7_S0 = 7;
  localparam loop_nest_L1_forelse7_S1 = 8;
  localparam loop_nest_L2_fortest4_S0 = 9;
  localparam loop_nest_L2_forbody5_S0 = 10;
  localparam loop_nest_L2_forbody5_S1 = 11;
  
  //signals: 
  wire c101;
  wire c78;
  wire c79;
  wire c84;
  reg        [3:0] loop_nest_state;
  wire signed [31:0] acc4;
  wire signed [31:0] i3;
  wire signed [31:0] j4;
  wire signed [31:0] t67;
  wire signed [31:0] t80;
  wire signed [31:0] t81;
  wire signed [31:0] t82;
  reg signed [31:0] acc2;
  reg signed [31:0] acc3;
  reg signed [31:0] i2;
  reg signed [31:0] j3;
  reg signed [31:0] n;
  //combinations: 
  assign acc4 = (acc3 + t82);
  assign c101 = (c78 && c79);
  assign c78 = (i2 < n);
  assign c79 = (j3 < t67);
  assign c84 = (c78 && c79);
  assign i3 = (i2 + 1);
  assign j4 = (j3 + 1);
  assign t67 = (i2 + 1);
  assign t80 = (i2 * j3);
  assign t81 = (i2 + j3);
  assign t82 = (t80 ^ t81);
  
  always @(posedge clk) begin
    if (rst) begin
      acc2 <= 0;
      acc3 <= 0;
      i2 <= 0;
      j3 <= 0;
      loop_nest_out_0 <= 0;
      n <= 0;
      loop_nest_state <= loop_nest_b1_INIT;
    end else begin //if (rst)
      case(loop_nest_state)
      loop_nest_b1_INIT: begin
        loop_nest_valid <= 0;
        if (loop_nest_ready == 1) begin
          n <= loop_nest_in_n;
          acc2 <= 0;
          i2 <= 0;
          loop_nest_state <= loop_nest_L1_fortest2_S0;
        end
      end
      loop_nest_L1_fortest2_S0: begin
        /* c78 <= (i2 < n); */
        if (c78) begin
          /* t67 <= (i2 + 1); */
          acc3 <= acc2;
          j3 <= 0;
          loop_nest_state <= loop_nest_L2_fortest4_S0;
        end else begin
          loop_nest_valid <= 1;
          if (loop_nest_accept == 1) begin
            loop_nest_state <= loop_nest_b1_INIT;
          end
          loop_nest_out_0 <= acc2;
        end
      end
      loop_nest_L2_fortest4_S0: begin
        /* c79 <= (j3 < t67); */
        if (c79) begin
          /* t80 <= (i2 * j3); */
          /* t81 <= (i2 + j3); */
          /* j4 <= (j3 + 1); */
          /* c101 <= (c78 && c79); */
          /* c84 <= (c78 && c79); */
          /* t82 <= (t80 ^ t81); */
          /* acc4 <= (acc3 + t82); */
          acc3 <= acc4;
          j3 <= j4;
          loop_nest_state <= loop_nest_L2_fortest4_S0;
        end else begin
          /* i3 <= (i2 + 1); */
          acc2 <= acc3;
          i2 <= i3;
          loop_nest_state <= loop_nest_L1_fortest2_S0;
        end
      end
      endcase
    end
  end
  

endmodule

