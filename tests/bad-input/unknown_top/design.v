module m(input clk, output reg q);
  always @(posedge clk) q <= ~q;
endmodule
