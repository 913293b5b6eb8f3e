`ifdef WIDE
`define W 16
`else
`define W 8
`endif
module leaf(input clk, output reg [`W-1:0] q);
  always @(posedge clk) q <= q + 1'b1;
endmodule
module other(input clk);
endmodule
