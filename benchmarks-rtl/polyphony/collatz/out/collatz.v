module collatz
  (
    input wire clk,
    input wire rst,
    input wire collatz_ready,
    input wire collatz_accept,
    output reg collatz_valid,
    input wire signed [31:0] collatz_in_n,
    input wire signed [31:0] collatz_in_cap,
    output reg signed [31:0] collatz_out_0
  );

  //localparams
  localparam collatz_b1_INIT = 0;
  localparam collatz_b1_S0 = 1;
  localparam collatz_b1_S1 = 2;
  localparam collatz_b1_S2 = 3;
  localparam collatz_ifthen9_S0 = 4;
  localparam collatz_exit22_FINISH = 5;
  localparam collatz_L1_while2_S0 = 6;
  localparam collatz_L1_ifelse7_S0 = 7;
  localparam collatz_L1_ifelse12_S0 = 8;
  localparam collatz_L1_ifelse12_S1 = 9;
  
  //signals: 
  wire c105;
  wire c106;
  wire c107;
  wire c78;
  wire c79;
  wire c81;
  wire c84;
  wire c85;
  wire c86;
  wire c87;
  wire c88;
  reg        [3:0] collatz_state;
  wire signed [31:0] steps3;
  wire signed [31:0] t80;
  wire signed [31:0] t82;
  wire signed [31:0] x3;
  wire signed [31:0] x4;
  wire signed [31:0] x5;
  reg signed [31:0] cap;
  reg signed [31:0] n;
  reg signed [31:0] steps2;
  reg signed [31:0] x2;
  //combinations: 
  assign c105 = !c78;
  assign c106 = (c105 && c79);
  assign c107 = (c105 && !c79);
  assign c78 = (x2 == 1);
  assign c79 = (steps2 >= cap);
  assign c81 = (t80 != 0);
  assign c84 = !c78;
  assign c85 = (c84 && c79);
  assign c86 = (c84 && !c79);
  assign c87 = (c86 && c81);
  assign c88 = (c86 && !c81);
  assign steps3 = (steps2 + 1);
  assign t80 = (x2 & 1);
  assign t82 = (3 * x2);
  assign x3 = (t82 + 1);
  assign x4 = (x2 >>> 1);
  assign x5 = c87 ? x3 : c88 ? x4 : 'bz;
  
  always @(posedge clk) begin
    if (rst) begin
      cap <= 0;
      collatz_out_0 <= 0;
      n <= 0;
      steps2 <= 0;
      x2 <= 0;
      collatz_state <= collatz_b1_INIT;
    end else begin //if (rst)
      case(collatz_state)
      collatz_b1_INIT: begin
        collatz_valid <= 0;
        if (collatz_ready == 1) begin
          n <= collatz_in_n;
          cap <= collatz_in_cap;
          steps2 <= 0;
          collatz_state <= collatz_b1_S1;
        end
      end
      collatz_b1_S1: begin
        x2 <= n;
        collatz_state <= collatz_L1_while2_S0;
      end
      collatz_exit22_FINISH: begin
        collatz_valid <= 1;
        if (collatz_accept == 1) begin
          collatz_state <= collatz_b1_INIT;
        end
        collatz_out_0 <= c85 ? -1 : 1 ? steps2 : 'bz;
      end
      collatz_L1_while2_S0: begin
        /* c78 <= (x2 == 1); */
        if (c78) begin
          collatz_valid <= 1;
          if (collatz_accept == 1) begin
            collatz_state <= collatz_b1_INIT;
          end
          collatz_out_0 <= c85 ? -1 : 1 ? steps2 : 'bz;
        end else begin
          /* c79 <= (steps2 >= cap); */
          /* c105 <= !c78; */
          /* c84 <= !c78; */
          if (c79) begin
            /* c106 <= (c105 && c79); */
            /* c85 <= (c84 && c79); */
            collatz_state <= collatz_exit22_FINISH;
          end else begin
            /* t80 <= (x2 & 1); */
            /* t82 <= (3 * x2); */
            /* x4 <= (x2 >>> 1); */
            /* steps3 <= (steps2 + 1); */
            /* c81 <= (t80 != 0); */
            /* x3 <= (t82 + 1); */
            steps2 <= steps3;
            /* c107 <= (c105 && !c79); */
            /* c86 <= (c84 && !c79); */
            /* c87 <= (c86 && c81); */
            /* c88 <= (c86 && !c81); */
            /* x5 <= c87 ? x3 : c88 ? x4 : 'bz; */
            x2 <= x5;
            collatz_state <= collatz_L1_while2_S0;
          end
        end
      end
      endcase
    end
  end
  

endmodule

