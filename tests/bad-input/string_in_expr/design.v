module s(input clk, output reg [31:0] q);
  always @(posedge clk) q <= "abcd";
endmodule
