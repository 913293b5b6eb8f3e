module u(input clk, output reg [7:0] q);
  always @(posedge clk) q <= q + missing_wire;
endmodule
