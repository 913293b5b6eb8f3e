module h(input clk, output reg q);
  always @(posedge clk) q <= other.sig;
endmodule
