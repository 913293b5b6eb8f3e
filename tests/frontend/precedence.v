// Regression: sv-parser builds operator chains without precedence (all right-leaning).
module prec(input [3:0] a, output [3:0] y);
  localparam P_SUB = 10 - 3 - 2;        // 5, not 9
  localparam P_MIX = 1 + 2 * 3;         // 7
  localparam P_LOG = 2 == 2 && 0;       // 0
  localparam P_TERN = 1 + 1 ? 5 : 6;    // 5
  localparam P_SHIFT = 1 << 2 + 1;      // 8
  localparam P_CMP = 3 < 4 == 1;        // 1
  localparam P_DIV = 64 / 4 / 2;        // 8
  assign y = a - 4'd1 - 4'd1;
endmodule
